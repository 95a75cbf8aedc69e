package io.gazette.issue;

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
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/issues/{issueId}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemService items;

    public ItemResource(ItemService items) {
        this.items = items;
    }

    @GET
    public List<ItemView> list(long issueId) {
        return items.list(issueId);
    }

    @POST
    public Response add(long issueId, @Valid @NotNull ItemRequest request) {
        ItemView item = items.add(issueId, request);
        return Response.created(UriBuilder.fromPath("/api/issues/{issueId}/items/{id}").build(issueId, item.id()))
                .entity(item).header("ETag", Preconditions.etag(item.version())).build();
    }

    /** Replaces the whole order in one call; the body lists every item id of the issue. */
    @PUT
    @Path("/order")
    public List<ItemView> reorder(long issueId, @Valid @NotNull ReorderRequest request) {
        return items.reorder(issueId, request.ids());
    }

    @GET
    @Path("/{itemId}")
    public Response get(long issueId, long itemId) {
        return ok(items.get(issueId, itemId));
    }

    @PUT
    @Path("/{itemId}")
    public Response update(long issueId, long itemId, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ItemRequest request) {
        return ok(items.update(issueId, itemId, request, ifMatch));
    }

    @DELETE
    @Path("/{itemId}")
    public void remove(long issueId, long itemId) {
        items.remove(issueId, itemId);
    }

    /** Moves one item to a 1-based position; the others shift so numbers stay 1..n. */
    @POST
    @Path("/{itemId}/move")
    public List<ItemView> move(long issueId, long itemId, @Valid @NotNull MoveRequest request) {
        return items.move(issueId, itemId, request.position());
    }

    private static Response ok(ItemView item) {
        return Response.ok(item).header("ETag", Preconditions.etag(item.version())).build();
    }
}
