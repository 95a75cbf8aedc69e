package io.gazette.linkpreview;

import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a linked page says about itself, for clients that pre-fill items (the composer does the same). */
@Path("/api/link-previews")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinkPreviewResource {

    /** The page to read: an http or https link. */
    public record LinkPreviewRequest(@NotNull String url) {
    }

    private final LinkPreviewService previews;

    public LinkPreviewResource(LinkPreviewService previews) {
        this.previews = previews;
    }

    @POST
    public LinkPreview preview(@Valid @NotNull LinkPreviewRequest request) {
        return previews.fetch(request.url());
    }
}
