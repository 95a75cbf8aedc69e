package io.gazette.security.account.web;

import io.gazette.security.Roles;
import io.gazette.security.account.RoleChange;
import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Flash;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
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
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Accounts, for admins only, as in the JSON API: list, create, change role, disable and enable. */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.ADMIN)
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, UserForm form, FormErrors errors);
    }

    private final UserService users;
    private final FormValidation validation;

    public UserPages(UserService users, FormValidation validation) {
        this.users = users;
        this.validation = validation;
    }

    @GET
    public TemplateInstance list() {
        return Templates.users(users.list(), UserForm.blank(), FormErrors.NONE);
    }

    @POST
    public Response create(@BeanParam UserForm form) {
        try {
            UserView created = users.create(validation.check(form.toRequest()));
            return Flash.redirect("/users", "Account for " + created.email() + " created.");
        } catch (ProblemException refused) {
            form.password = null;
            return Response.status(422).entity(Templates.users(users.list(), form, FormErrors.of(refused))).build();
        }
    }

    @POST
    @Path("{id}/role")
    public Response changeRole(long id, @RestForm String role) {
        UserView user = users.changeRole(id, validation.check(new RoleChange(role)).role());
        return Flash.redirect("/users", user.email() + " is now " + user.role() + ".");
    }

    @POST
    @Path("{id}/enabled")
    public Response setEnabled(long id, @RestForm boolean enabled) {
        UserView user = users.setEnabled(id, enabled);
        return Flash.redirect("/users", user.email() + (user.enabled() ? " may sign in again." : " can no longer sign in."));
    }
}
