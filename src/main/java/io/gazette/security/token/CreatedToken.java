package io.gazette.security.token;

import java.time.Instant;

/** The answer to creating a token: the only time {@code token} is ever shown. */
public record CreatedToken(long id, String name, Instant createdAt, String token) {
}
