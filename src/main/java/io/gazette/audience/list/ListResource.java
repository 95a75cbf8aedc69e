package io.gazette.audience.list;

import io.gazette.security.Roles;
import io.gazette.shared.http.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListResource {

    private final ListService lists;

    private final ListGrowth growth;

    public ListResource(ListService lists, ListGrowth growth) {
        this.lists = lists;
        this.growth = growth;
    }

    @GET
    public List<ListView> list() {
        return lists.list();
    }

    /** Day-by-day sign-ups, departures and member counts of every list, for the dashboard's chart. */
    @GET
    @Path("/growth")
    public GrowthReport growth(@QueryParam("days") @DefaultValue("90") int days) {
        return growth.lastDays(days);
    }

    @GET
    @Path("/{id}")
    public Response get(long id) {
        ListView list = lists.view(id);
        return Response.ok(list).header(HttpHeaders.ETAG, Preconditions.etag(list.version())).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(@Valid @NotNull ListRequest request, UriInfo uri) {
        ListView created = lists.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).header(HttpHeaders.ETAG, Preconditions.etag(created.version())).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public Response update(long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ListRequest request) {
        ListView updated = lists.update(id, request, ifMatch);
        return Response.ok(updated).header(HttpHeaders.ETAG, Preconditions.etag(updated.version())).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    public void delete(long id) {
        lists.delete(id);
    }

    /** The form to paste into another site; it posts to this list's hosted subscribe endpoint. */
    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("/{id}/embed")
    @Produces(MediaType.TEXT_HTML)
    public String embed(long id) {
        return lists.embedSnippet(id);
    }
}
