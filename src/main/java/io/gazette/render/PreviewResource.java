package io.gazette.render;

import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/issues/{id}/preview?format=html|text|eml}: the issue as a sample subscriber receives it. */
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/issues/{id}/preview")
public class PreviewResource {

    private final RenderService render;

    PreviewResource(RenderService render) {
        this.render = render;
    }

    @GET
    @Produces({"text/html", "text/plain", "message/rfc822"})
    public Response preview(long id, @QueryParam("format") @DefaultValue("html") String format) {
        PreviewFormat chosen = PreviewFormat.parse(format);
        Response.ResponseBuilder response = Response.ok(render.preview(id, chosen), chosen.mediaType());
        if (chosen == PreviewFormat.EML) {
            response.header("Content-Disposition", "attachment; filename=\"issue-" + id + ".eml\"");
        }
        return response.build();
    }
}
