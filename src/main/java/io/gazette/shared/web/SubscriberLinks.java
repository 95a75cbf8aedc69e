package io.gazette.shared.web;

import io.gazette.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed links a subscriber follows from an email. One place builds and reads them, so the renderer that writes
 * a link and the endpoint that answers it can never disagree on its shape.
 * <ul>
 *   <li>{@code /unsubscribe/{token}}: GET shows a confirm page, POST unsubscribes at once (RFC 8058); token = (subscriber, list)</li>
 *   <li>{@code /preferences/{token}}: choose lists or leave all; token = (subscriber)</li>
 *   <li>{@code /confirm/{token}}: double opt-in confirmation, expiring; token = (subscriber, list)</li>
 * </ul>
 */
@ApplicationScoped
public class SubscriberLinks {

    static final String UNSUBSCRIBE = "unsubscribe";
    static final String PREFERENCES = "preferences";
    static final String CONFIRM = "confirm";

    /** A subscriber on one list, as carried by unsubscribe and confirm tokens. */
    public record Membership(long subscriberId, long listId) {
    }

    private final SignedTokens tokens;
    private final PublicUrlConfig publicUrl;

    public SubscriberLinks(SignedTokens tokens, PublicUrlConfig publicUrl) {
        this.tokens = tokens;
        this.publicUrl = publicUrl;
    }

    public String unsubscribeToken(long subscriberId, long listId) {
        return tokens.issue(UNSUBSCRIBE, null, Long.toString(subscriberId), Long.toString(listId));
    }

    public String unsubscribeUrl(long subscriberId, long listId) {
        return publicUrl.url() + "/unsubscribe/" + unsubscribeToken(subscriberId, listId);
    }

    public String preferencesUrl(long subscriberId) {
        return publicUrl.url() + "/preferences/" + tokens.issue(PREFERENCES, null, Long.toString(subscriberId));
    }

    public String confirmUrl(long subscriberId, long listId, Instant expiresAt) {
        return publicUrl.url() + "/confirm/" + tokens.issue(CONFIRM, expiresAt, Long.toString(subscriberId), Long.toString(listId));
    }

    public Optional<Membership> readUnsubscribe(String token) {
        return tokens.verify(UNSUBSCRIBE, token).flatMap(SubscriberLinks::membership);
    }

    public Optional<Membership> readConfirm(String token) {
        return tokens.verify(CONFIRM, token).flatMap(SubscriberLinks::membership);
    }

    /** The membership named by a confirm link that is authentic but has expired, so the page can offer a new one. */
    public Optional<Membership> readExpiredConfirm(String token) {
        return tokens.expired(CONFIRM, token).flatMap(SubscriberLinks::membership);
    }

    public Optional<Long> readPreferences(String token) {
        return tokens.verify(PREFERENCES, token).filter(v -> v.size() == 1).flatMap(v -> parse(v.get(0)));
    }

    private static Optional<Membership> membership(List<String> values) {
        if (values.size() != 2) {
            return Optional.empty();
        }
        return parse(values.get(0)).flatMap(s -> parse(values.get(1)).map(l -> new Membership(s, l)));
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
