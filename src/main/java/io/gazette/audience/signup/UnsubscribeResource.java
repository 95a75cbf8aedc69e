package io.gazette.audience.signup;

import io.gazette.shared.web.SubscriberLinks;
import io.gazette.shared.web.SubscriberLinks.Membership;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The unsubscribe link of every mail. GET shows a button; POST unsubscribes at once, as RFC 8058 one-click
 * unsubscribe asks: no login, no cookie, no CSRF token, and any body (mail clients send
 * {@code List-Unsubscribe=One-Click}, form-encoded or multipart). Repeating it changes nothing.
 */
@PermitAll
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    private final SubscriberLinks links;
    private final PreferenceService preferences;

    public UnsubscribeResource(SubscriberLinks links, PreferenceService preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GET
    public Response ask(String token) {
        Optional<Membership> membership = links.readUnsubscribe(token);
        if (membership.isEmpty()) {
            return Pages.invalidLink();
        }
        return Pages.ok(SignupPages.unsubscribe(preferences.listName(membership.get()).orElse(null)));
    }

    @POST
    public Response unsubscribe(String token) {
        Optional<Membership> membership = links.readUnsubscribe(token);
        if (membership.isEmpty()) {
            return Pages.invalidLink();
        }
        String listName = preferences.unsubscribe(membership.get()).orElse(null);
        return Pages.ok(SignupPages.unsubscribed(listName, links.preferencesUrl(membership.get().subscriberId())));
    }
}
