package io.gazette.shared.ratelimit;

import io.gazette.shared.problem.ProblemException;

/** A client asked too often; answered with 429, a problem document and {@code Retry-After}. */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitedException(RateLimiter.Decision decision) {
        super(429, "rate-limited", "Too many requests",
                "Too many requests from your address; try again in " + decision.retryAfterSeconds() + " seconds");
        this.retryAfterSeconds = decision.retryAfterSeconds();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
