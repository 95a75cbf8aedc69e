package io.gazette.audience.signup;

import io.gazette.audience.MailboxPolicy;
import io.gazette.shared.ratelimit.RateLimiter;
import io.gazette.shared.validation.SingleLineValidator;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Optional;

/** The hosted sign-up form of a public list, also the target of the embeddable snippet. */
@PermitAll
@Path("/subscribe/{slug}")
@Produces(MediaType.TEXT_HTML)
public class SubscribeResource {

    private final SignupService signup;
    private final SignupRateLimit limit;
    private final MailboxPolicy mailboxes;

    public SubscribeResource(SignupService signup, SignupRateLimit limit, MailboxPolicy mailboxes) {
        this.mailboxes = mailboxes;
        this.signup = signup;
        this.limit = limit;
    }

    @GET
    public Response form(String slug) {
        return signup.publicList(slug).map(list -> Pages.ok(SignupPages.subscribe(list, null, null, null)))
                .orElseGet(Pages::unknownList);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(String slug, @RestForm String email, @RestForm String name, @RestForm String website,
                           @Context HttpServerRequest request, @Context UriInfo uri) {
        Optional<ListInfo> list = signup.publicList(slug);
        if (list.isEmpty()) {
            return Pages.unknownList();
        }
        String ip = ClientAddress.of(request);
        RateLimiter.Decision decision = limit.acquire(ip);
        if (!decision.allowed()) {
            return Response.fromResponse(Pages.page(429, SignupPages.problem("Too many sign-ups",
                            "Too many sign-ups came from your network. Please try again in a few minutes.", null, null)))
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                    .build();
        }
        MailboxPolicy.Verdict address = mailboxes.check(email);
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        String error = MailboxPolicy.NEEDS_SMTPUTF8.equals(address.refusal())
                ? "Our mail server cannot deliver to addresses with accents or other non-ASCII characters before the @."
                + " Please use another address."
                : !address.accepted() ? "Please enter a valid email address."
                : cleanName != null && (cleanName.length() > 200 || !SingleLineValidator.isSingleLine(cleanName))
                ? "Please enter a name of at most 200 characters on one line." : null;
        if (error != null) {
            return Pages.page(400, SignupPages.subscribe(list.get(), email, name, error));
        }
        if (website == null || website.isEmpty()) {
            signup.subscribe(list.get(), address.address(), cleanName, ip);
        }
        return Pages.seeOther(uri.getAbsolutePathBuilder().path("thanks").build());
    }

    @GET
    @Path("/thanks")
    public Response thanks(String slug) {
        return signup.publicList(slug).map(list -> Pages.ok(SignupPages.thanks(list))).orElseGet(Pages::unknownList);
    }
}
