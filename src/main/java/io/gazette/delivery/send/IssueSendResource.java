package io.gazette.delivery.send;

import io.gazette.security.Roles;
import io.gazette.security.audit.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/** Sending an issue: now, as a test to a few addresses, and the sends it had. */
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/issues/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueSendResource {

    private final SendService sends;
    private final TestSender tests;
    private final CurrentActor actor;

    public IssueSendResource(SendService sends, TestSender tests, CurrentActor actor) {
        this.sends = sends;
        this.tests = tests;
        this.actor = actor;
    }

    /** Starts mailing the issue now: 202 with the send, whose progress is at its Location. */
    @POST
    @Path("/send")
    public Response send(long id, @Valid SendRequest request) {
        SendView send = sends.start(id, request);
        return Response.accepted(send).location(UriBuilder.fromPath("/api/sends/{id}").build(send.id())).build();
    }

    @POST
    @Path("/test")
    public List<TestSendResult> test(long id, @Valid @NotNull TestSendRequest request) {
        return tests.send(id, request, actor.name());
    }

    @GET
    @Path("/sends")
    public List<SendView> sends(long id) {
        return sends.ofIssue(id);
    }
}
