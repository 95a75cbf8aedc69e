package io.gazette.audience.list.web;

import io.gazette.audience.list.ListService;
import io.gazette.audience.list.ListView;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Flash;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Mailing lists in the browser: everyone signed in sees them and their counts; admins create, edit and delete them and
 * get the sign-up form snippet, as in the JSON API.
 */
@Path("/lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class ListPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(List<ListView> lists);

        static native TemplateInstance list(ListView list, String snippet);

        static native TemplateInstance form(ListView list, ListForm form, List<NewsletterView> newsletters, FormErrors errors);

        static native TemplateInstance confirmDelete(ListView list);
    }

    private final ListService lists;
    private final NewsletterService newsletters;
    private final FormValidation validation;
    private final SecurityIdentity identity;

    public ListPages(ListService lists, NewsletterService newsletters, FormValidation validation, SecurityIdentity identity) {
        this.lists = lists;
        this.newsletters = newsletters;
        this.validation = validation;
        this.identity = identity;
    }

    @GET
    public TemplateInstance all() {
        return Templates.lists(lists.list());
    }

    @GET
    @Path("{id}")
    public TemplateInstance one(long id) {
        ListView list = lists.view(id);
        boolean snippetShown = identity.hasRole(Roles.ADMIN) && list.subscribeUrl() != null;
        return Templates.list(list, snippetShown ? lists.embedSnippet(id) : null);
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(null, ListForm.blank(), newsletters.list(), FormErrors.NONE);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ListForm form) {
        try {
            ListView created = lists.create(validation.check(form.toRequest()));
            return Flash.redirect("/lists/" + created.id(), "List “" + created.name() + "” created.");
        } catch (ProblemException refused) {
            return refused(null, form, refused);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(long id) {
        ListView list = lists.view(id);
        return Templates.form(list, ListForm.of(list), newsletters.list(), FormErrors.NONE);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(long id, @BeanParam ListForm form) {
        ListView current = lists.view(id);
        try {
            ListView saved = lists.update(id, validation.check(form.toRequest()), null);
            return Flash.redirect("/lists/" + saved.id(), "Settings of “" + saved.name() + "” saved.");
        } catch (ProblemException refused) {
            return refused(current, form, refused);
        }
    }

    /** Asks before deleting, saying what goes with the list; a page rather than a script dialog, so it works everywhere. */
    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}/delete")
    public TemplateInstance confirmDelete(long id) {
        return Templates.confirmDelete(lists.view(id));
    }

    /** Deletes the list and its subscriptions; the subscribers stay. */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/delete")
    public Response delete(long id) {
        ListView list = lists.view(id);
        lists.delete(id);
        return Flash.redirect("/lists", "List “" + list.name() + "” deleted; its subscribers stay.");
    }

    private Response refused(ListView list, ListForm form, ProblemException refused) {
        if (refused.status() == 404) {
            throw refused;
        }
        return Response.status(422).entity(Templates.form(list, form, newsletters.list(), FormErrors.of(refused))).build();
    }
}
