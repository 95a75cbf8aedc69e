package io.gazette.newsletter.web;

import io.gazette.audience.list.ListService;
import io.gazette.audience.list.ListView;
import io.gazette.newsletter.NewsletterConfig;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.gazette.shared.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/** Newsletters in the browser: everyone signed in sees the list; admins create and edit, as in the JSON API. */
@Path("/newsletters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class NewsletterPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NewsletterView> newsletters);

        static native TemplateInstance form(NewsletterView newsletter, NewsletterForm form, FormErrors errors, List<String> zones,
                                            List<ListView> lists);
    }

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private final NewsletterService newsletters;
    private final NewsletterConfig config;
    private final FormValidation validation;
    private final ListService lists;

    public NewsletterPages(NewsletterService newsletters, NewsletterConfig config, FormValidation validation, ListService lists) {
        this.newsletters = newsletters;
        this.config = config;
        this.validation = validation;
        this.lists = lists;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(newsletters.list());
    }

    /** A newsletter's own page is the list of its issues. */
    @GET
    @Path("{id}")
    public Response newsletter(long id) {
        return Response.seeOther(URI.create("/newsletters/" + newsletters.view(id).id() + "/issues")).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(null, NewsletterForm.blank(config.defaultTimeZone(), config.defaultTheme()), FormErrors.NONE, ZONES,
                List.of());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewsletterForm form) {
        try {
            NewsletterView created = newsletters.create(validation.check(form.toRequest()));
            return Flash.redirect("/newsletters/" + created.id() + "/issues", "Newsletter “" + created.name() + "” created.");
        } catch (ProblemException refused) {
            return refused(null, form, refused);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(long id) {
        NewsletterView newsletter = newsletters.view(id);
        return Templates.form(newsletter, NewsletterForm.of(newsletter), FormErrors.NONE, ZONES, listsOf(newsletter));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(long id, @BeanParam NewsletterForm form) {
        NewsletterView current = newsletters.view(id);
        try {
            NewsletterView saved = newsletters.update(id, validation.check(form.toRequest()), null);
            return Flash.redirect("/newsletters/" + saved.id() + "/issues", "Settings of “" + saved.name() + "” saved.");
        } catch (ProblemException refused) {
            return refused(current, form, refused);
        }
    }

    private Response refused(NewsletterView newsletter, NewsletterForm form, ProblemException refused) {
        if (refused.status() == 404) {
            throw refused;
        }
        return Response.status(422).entity(Templates.form(newsletter, form, FormErrors.of(refused), ZONES,
                newsletter == null ? List.of() : listsOf(newsletter))).build();
    }

    /** The lists this newsletter goes to; which ones is set on each list, where its members are managed too. */
    private List<ListView> listsOf(NewsletterView newsletter) {
        return lists.list().stream().filter(list -> list.newsletterIds().contains(newsletter.id())).toList();
    }
}
