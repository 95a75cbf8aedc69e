package io.gazette.issue.web;

import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Htmx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composer's item actions. With htmx each answers with the numbered list (the panel replaces itself); as plain
 * form posts they redirect back to the composer. A refused form comes back with the editor's text and its errors.
 */
@Path("/issues/{issueId}/items")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class ItemPages {

    private final ComposerService composer;

    public ItemPages(ComposerService composer) {
        this.composer = composer;
    }

    @POST
    public Response add(long issueId, @BeanParam ItemForm form, @Context HttpHeaders headers) {
        return answer(issueId, headers, "Item added.",
                () -> composer.addItem(issueId, form), refused -> composer.addRefused(issueId, form, refused));
    }

    /** "Fill from link": the add form again, pre-filled from the page at its source link. */
    @POST
    @Path("prefill")
    public Response prefill(long issueId, @BeanParam ItemForm form, @Context HttpHeaders headers) {
        ItemsPanel panel = composer.prefill(issueId, form);
        int status = panel.addErrors().any() ? 422 : 200;
        if (Htmx.isRequest(headers)) {
            return status == 200 ? Response.ok(ComposerTemplates.composer$items(panel)).build()
                    : Htmx.retarget(status, ComposerTemplates.composer$items(panel), "#items");
        }
        Composer page = composer.page(issueId, null);
        return Response.status(status).entity(ComposerTemplates.composer(
                new Composer(page.issue(), page.newsletter(), page.meta(), panel, page.paste()))).build();
    }

    /** The list as it stands, e.g. after "Cancel" on an item being edited. */
    @GET
    public Response list(long issueId, @Context HttpHeaders headers) {
        if (!Htmx.isRequest(headers)) {
            return Response.seeOther(URI.create("/issues/" + issueId + "#items")).build();
        }
        return Response.ok(ComposerTemplates.composer$items(composer.itemsPanel(issueId, null))).build();
    }

    @GET
    @Path("{itemId}/edit")
    public Response edit(long issueId, long itemId, @Context HttpHeaders headers) {
        if (!Htmx.isRequest(headers)) {
            return Response.seeOther(URI.create("/issues/" + issueId + "?edit=" + itemId + "#item-" + itemId)).build();
        }
        return Response.ok(ComposerTemplates.composer$items(composer.itemsPanel(issueId, itemId))).build();
    }

    @POST
    @Path("{itemId}")
    public Response update(long issueId, long itemId, @BeanParam ItemForm form, @Context HttpHeaders headers) {
        return answer(issueId, headers, "Item saved.",
                () -> composer.updateItem(issueId, itemId, form), refused -> composer.updateRefused(issueId, itemId, form, refused));
    }

    @POST
    @Path("{itemId}/delete")
    public Response delete(long issueId, long itemId, @Context HttpHeaders headers) {
        return answer(issueId, headers, "Item deleted.", () -> composer.removeItem(issueId, itemId), null);
    }

    @POST
    @Path("{itemId}/move")
    public Response move(long issueId, long itemId, @RestForm int to, @Context HttpHeaders headers) {
        return answer(issueId, headers, "Item moved.", () -> composer.moveItem(issueId, itemId, to), null);
    }

    /** The whole order at once, as a drag and drop leaves it: {@code ids} is the item ids, comma-separated. */
    @POST
    @Path("order")
    public Response reorder(long issueId, @RestForm String ids, @Context HttpHeaders headers) {
        return answer(issueId, headers, "Items reordered.", () -> composer.reorder(issueId, parseIds(ids)), null);
    }

    private Response answer(long issueId, HttpHeaders headers, String done, Supplier<ItemsPanel> change,
                            Function<ProblemException, ItemsPanel> onRefusal) {
        try {
            ItemsPanel panel = change.get();
            return Htmx.isRequest(headers) ? Htmx.changed(ComposerTemplates.composer$items(panel))
                    : Htmx.redirect(headers, "/issues/" + issueId + "#items", done);
        } catch (ProblemException refused) {
            if (onRefusal == null || refused.status() == 404 || "issue-read-only".equals(refused.kind())) {
                throw refused;
            }
            ItemsPanel panel = onRefusal.apply(refused);
            if (Htmx.isRequest(headers)) {
                return Htmx.retarget(refused.status() == 409 ? 409 : 422, ComposerTemplates.composer$items(panel), "#items");
            }
            Composer page = composer.page(issueId, null);
            return Response.status(422).entity(ComposerTemplates.composer(
                    new Composer(page.issue(), page.newsletter(), page.meta(), panel, page.paste()))).build();
        }
    }

    private static List<Long> parseIds(String ids) {
        try {
            return ids == null || ids.isBlank() ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("ids", "must be item ids separated by commas");
        }
    }
}
