package io.gazette.issue.web;

import io.gazette.issue.IssueRequest;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueView;
import io.gazette.newsletter.NewsletterService;
import io.gazette.security.Roles;
import io.gazette.shared.paging.PageRequest;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.gazette.shared.web.Htmx;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Set;

/** A newsletter's issues, newest first, and the form that starts the next one. */
@Path("/newsletters/{id}/issues")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class NewsletterIssuePages {

    static final int PAGE_SIZE = 50;

    private final IssueService issues;
    private final NewsletterService newsletters;
    private final FormValidation validation;

    public NewsletterIssuePages(IssueService issues, NewsletterService newsletters, FormValidation validation) {
        this.issues = issues;
        this.newsletters = newsletters;
        this.validation = validation;
    }

    @GET
    public TemplateInstance list(long id, @QueryParam("page") Integer page) {
        return page(id, "", FormErrors.NONE, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(long id, @RestForm String title, @Context HttpHeaders headers) {
        try {
            IssueRequest request = validation.check(new IssueRequest(title, null, null, null, null, null, null, null, null));
            IssueView created = issues.create(id, request);
            return Htmx.redirect(headers, "/issues/" + created.id(), "Issue #" + created.number() + " created.");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(422).entity(page(id, title, FormErrors.of(refused), null)).build();
        }
    }

    private TemplateInstance page(long newsletterId, String title, FormErrors errors, Integer page) {
        PageRequest request = new PageRequest(page == null || page < 0 ? 0 : page, PAGE_SIZE);
        return ComposerTemplates.issues(newsletters.view(newsletterId), issues.list(newsletterId, Set.of(), request), title, errors);
    }
}
