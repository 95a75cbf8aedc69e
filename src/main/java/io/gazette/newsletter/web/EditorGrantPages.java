package io.gazette.newsletter.web;

import io.gazette.newsletter.EditorGrants;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.gazette.security.Roles;
import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.gazette.shared.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Set;

/** Which newsletters an editor may work on, ticked by an admin: the page of {@code /api/users/{id}/newsletters}. */
@Path("/users/{id}/newsletters")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.ADMIN)
public class EditorGrantPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newsletters(UserView user, List<NewsletterView> newsletters, Set<Long> granted);
    }

    private final UserService users;
    private final NewsletterService newsletters;
    private final EditorGrants grants;

    public EditorGrantPages(UserService users, NewsletterService newsletters, EditorGrants grants) {
        this.users = users;
        this.newsletters = newsletters;
        this.grants = grants;
    }

    @GET
    public TemplateInstance form(long id) {
        return Templates.newsletters(users.view(id), newsletters.list(), grants.ofAccount(id));
    }

    @POST
    public Response save(long id, @RestForm List<Long> newsletterIds) {
        Set<Long> granted = grants.replace(id, newsletterIds == null ? List.of() : newsletterIds);
        UserView user = users.view(id);
        return Flash.redirect("/users/" + id + "/newsletters", user.email() + " may now work on "
                + (granted.isEmpty() ? "no newsletter" : granted.size() + (granted.size() == 1 ? " newsletter" : " newsletters")));
    }
}
