package io.gazette.audience.signup;

import io.gazette.shared.web.SubscriberLinks;
import io.gazette.shared.web.SubscriberLinks.Membership;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The double opt-in link. GET only asks; the POST confirms, so mail scanners that open every link cannot confirm
 * a subscription on the owner's behalf.
 */
@PermitAll
@Path("/confirm/{token}")
@Produces(MediaType.TEXT_HTML)
public class ConfirmResource {

    private final SubscriberLinks links;
    private final SignupService signup;

    public ConfirmResource(SubscriberLinks links, SignupService signup) {
        this.links = links;
        this.signup = signup;
    }

    @GET
    public Response ask(String token) {
        Optional<Membership> membership = links.readConfirm(token);
        if (membership.isEmpty()) {
            return unusable(token);
        }
        return signup.confirmable(membership.get())
                .map(list -> Pages.ok(SignupPages.confirm(list.name())))
                .orElseGet(ConfirmResource::noLongerPending);
    }

    @POST
    public Response confirm(String token, @Context HttpServerRequest request) {
        Optional<Membership> membership = links.readConfirm(token);
        if (membership.isEmpty()) {
            return unusable(token);
        }
        return signup.confirm(membership.get(), ClientAddress.of(request))
                .map(list -> Pages.ok(SignupPages.confirmed(list.name())))
                .orElseGet(ConfirmResource::noLongerPending);
    }

    /** Expired links get 410 and a way to sign up again; anything else that fails verification is a 400. */
    private Response unusable(String token) {
        return links.readExpiredConfirm(token)
                .map(m -> Pages.page(410, SignupPages.problem("This confirmation link has expired",
                        "Confirmation links are valid for a limited time. Sign up again to get a fresh one.",
                        signup.subscribeUrl(m.listId()).orElse(null), "Sign up again")))
                .orElseGet(Pages::invalidLink);
    }

    private static Response noLongerPending() {
        return Pages.goneLink("This sign-up is no longer waiting for confirmation. Please sign up again.");
    }
}
