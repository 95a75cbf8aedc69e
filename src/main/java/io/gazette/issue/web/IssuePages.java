package io.gazette.issue.web;

import io.gazette.issue.PasteImportResult;
import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Htmx;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The composer: the page, its issue fields saved in place, and its paste box. */
@Path("/issues")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class IssuePages {

    private final ComposerService composer;

    public IssuePages(ComposerService composer) {
        this.composer = composer;
    }

    @GET
    @Path("{id}")
    public TemplateInstance composer(long id, @QueryParam("edit") Long editing) {
        return ComposerTemplates.composer(composer.page(id, editing));
    }

    /** Saves the issue's fields: in place (htmx, as the editor types) or as a plain form post. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFields(long id, @BeanParam IssueForm form, @RestForm String base, @Context HttpHeaders headers) {
        MetaPanel panel;
        try {
            panel = composer.saveMeta(id, form, base);
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            panel = composer.metaRefused(id, form, base, refused);
        }
        if (!Htmx.isRequest(headers)) {
            return panel.errors().any() || panel.conflict()
                    ? Response.status(panel.conflict() ? 409 : 422).entity(withMeta(id, panel)).build()
                    : Htmx.redirect(headers, "/issues/" + id, "Saved.");
        }
        if (panel.errors().any() || panel.conflict()) {
            return Htmx.retarget(panel.conflict() ? 409 : 422, ComposerTemplates.composer$meta(panel), "#meta");
        }
        return Htmx.changed(ComposerTemplates.composer$metaSaved(panel));
    }

    /**
     * Imports a pasted digest at once when it reads plainly; when the parser has warnings (or the editor asks to check
     * first) it answers the review instead, with the items it would create, and saves nothing until "Import anyway".
     */
    @POST
    @Path("{id}/paste")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response paste(long id, @RestForm String text, @RestForm boolean replace, @RestForm boolean check,
                          @RestForm List<String> accepted, @Context HttpHeaders headers) {
        try {
            PastePanel review = composer.pasteReview(id, text, replace, check, accepted == null ? List.of() : accepted);
            if (review != null) {
                return withPaste(id, review, 200, headers);
            }
            PasteImportResult result = composer.paste(id, text, replace);
            return Htmx.redirect(headers, "/issues/" + id, "Imported " + result.items().size() + " item(s) from the pasted text.");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return withPaste(id, composer.pasteRefused(id, text, replace, refused), 422, headers);
        }
    }

    /** The paste box alone for htmx, or the whole composer around it for a plain form post. */
    private Response withPaste(long id, PastePanel panel, int status, HttpHeaders headers) {
        if (Htmx.isRequest(headers)) {
            return Htmx.retarget(status, ComposerTemplates.composer$paste(panel), "#paste");
        }
        Composer page = composer.page(id, null);
        return Response.status(status).entity(ComposerTemplates.composer(
                new Composer(page.issue(), page.newsletter(), page.meta(), page.items(), panel))).build();
    }

    private TemplateInstance withMeta(long id, MetaPanel meta) {
        Composer page = composer.page(id, null);
        return ComposerTemplates.composer(new Composer(page.issue(), page.newsletter(), meta, page.items(), page.paste()));
    }
}
