package io.gazette.delivery.send.web;

import io.gazette.delivery.send.SendView;
import io.gazette.issue.IssueView;
import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Htmx;
import jakarta.annotation.security.RolesAllowed;
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

/** The composer's sending panel: a test to given addresses, schedule, unschedule, and send now. */
@Path("/issues/{id}/sending")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SendingPages {

    private final SendPanelService panels;

    public SendingPages(SendPanelService panels) {
        this.panels = panels;
    }

    @GET
    public Response panel(long id, @Context HttpHeaders headers) {
        return show(panels.panel(id), 200, headers);
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(long id, @RestForm String addresses, @Context HttpHeaders headers) {
        try {
            return show(panels.test(id, addresses), 200, headers);
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return show(panels.testRefused(id, addresses, refused), 422, headers);
        }
    }

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(long id, @RestForm String sendAt, @Context HttpHeaders headers) {
        try {
            IssueView issue = panels.schedule(id, sendAt);
            return Htmx.redirect(headers, "/issues/" + id, "Issue #" + issue.number() + " is scheduled.");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return show(panels.scheduleRefused(id, sendAt, refused), 422, headers);
        }
    }

    @POST
    @Path("unschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unschedule(long id, @Context HttpHeaders headers) {
        IssueView issue = panels.unschedule(id);
        return Htmx.redirect(headers, "/issues/" + id, "Issue #" + issue.number() + " is a draft again; nothing will be sent.");
    }

    @POST
    @Path("now")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendNow(long id, @Context HttpHeaders headers) {
        try {
            SendView send = panels.sendNow(id);
            return Htmx.redirect(headers, "/sends/" + send.id(), "Sending to " + send.recipients() + " recipient(s).");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return show(panels.scheduleRefused(id, null, refused), 409, headers);
        }
    }

    private static Response show(SendPanel panel, int status, HttpHeaders headers) {
        Object body = Htmx.isRequest(headers) ? SendingTemplates.panelPage$panel(panel) : SendingTemplates.panelPage(panel);
        return Htmx.isRequest(headers) && status != 200
                ? Htmx.retarget(status, body, "#sending")
                : Response.status(status).entity(body).build();
    }
}
