package io.gazette.delivery.send.web;

import io.gazette.delivery.send.DeliveryStatus;
import io.gazette.delivery.send.SendService;
import io.gazette.delivery.send.SendView;
import io.gazette.issue.IssueService;
import io.gazette.security.Roles;
import io.gazette.shared.web.Htmx;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.function.LongFunction;

/** A send as it goes: live progress, pause, resume and cancel, and the recipients it failed with the server's reply. */
@Path("/sends/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SendPages {

    static final int FAILURES_PER_PAGE = 50;

    private final SendService sends;
    private final IssueService issues;

    public SendPages(SendService sends, IssueService issues) {
        this.sends = sends;
        this.issues = issues;
    }

    @GET
    public TemplateInstance send(long id, @QueryParam("after") Long after) {
        SendView send = sends.view(id);
        long from = after == null ? 0 : after;
        return SendingTemplates.send(send, issues.view(send.issueId()),
                sends.deliveries(id, DeliveryStatus.FAILED, from, FAILURES_PER_PAGE), after == null ? null : String.valueOf(after));
    }

    /** The progress block alone, polled every two seconds while the send runs. */
    @GET
    @Path("progress")
    public TemplateInstance progress(long id) {
        SendView send = sends.view(id);
        return SendingTemplates.send$progress(send, issues.view(send.issueId()));
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(long id, @Context HttpHeaders headers) {
        return control(id, sends::pause, "Paused.", headers);
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(long id, @Context HttpHeaders headers) {
        return control(id, sends::resume, "Resumed.", headers);
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(long id, @Context HttpHeaders headers) {
        return control(id, sends::cancel, "Cancelled: nobody else will be mailed.", headers);
    }

    private static Response control(long id, LongFunction<SendView> action, String done, HttpHeaders headers) {
        action.apply(id);
        return Htmx.redirect(headers, "/sends/" + id, done);
    }
}
