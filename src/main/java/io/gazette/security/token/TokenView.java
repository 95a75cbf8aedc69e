package io.gazette.security.token;

import java.time.Instant;

/** A token as its owner sees it in the list: everything but the token, which only creation shows. */
public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.name, token.createdAt, token.lastUsedAt, token.revokedAt);
    }
}
