package io.gazette.issue;

import io.gazette.security.Roles;
import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageParams;
import io.gazette.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.gazette.shared.problem.ProblemException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A newsletter's issues: the paged list, newest first, and creating the next numbered draft. */
@Path("/api/newsletters/{newsletterId}/issues")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterIssuesResource {

    private final IssueService issues;
    private final PageParams pageParams;

    public NewsletterIssuesResource(IssueService issues, PageParams pageParams) {
        this.issues = issues;
        this.pageParams = pageParams;
    }

    @GET
    public Page<IssueSummary> list(long newsletterId, @QueryParam("status") List<String> status,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return issues.list(newsletterId, statuses(status), pageParams.of(page, size));
    }

    @POST
    public Response create(long newsletterId, @Valid @NotNull IssueRequest request) {
        return IssueResource.created(issues.create(newsletterId, request));
    }

    /** Parsed here rather than by JAX-RS, which would answer a misspelt status with 404 instead of naming it. */
    private static Set<IssueStatus> statuses(List<String> names) {
        Set<IssueStatus> statuses = EnumSet.noneOf(IssueStatus.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                statuses.add(IssueStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "must be one of " + List.of(IssueStatus.values()));
            }
        }
        return statuses;
    }
}
