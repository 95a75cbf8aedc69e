package io.gazette.newsletter;

import io.gazette.shared.http.Preconditions;
import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/newsletters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    private final NewsletterService newsletters;

    public NewsletterResource(NewsletterService newsletters) {
        this.newsletters = newsletters;
    }

    @GET
    public List<NewsletterView> list() {
        return newsletters.list();
    }

    @GET
    @Path("/{id}")
    public Response get(long id) {
        return withEtag(Response.ok(), newsletters.view(id));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(@Valid @NotNull NewsletterRequest request, UriInfo uri) {
        NewsletterView created = newsletters.create(request);
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public Response update(long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewsletterRequest request) {
        return withEtag(Response.ok(), newsletters.update(id, request, ifMatch));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    public void delete(long id) {
        newsletters.delete(id);
    }

    private static Response withEtag(Response.ResponseBuilder builder, NewsletterView view) {
        return builder.entity(view).header("ETag", Preconditions.etag(view.version())).build();
    }
}
