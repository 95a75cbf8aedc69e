package io.gazette.audience.signup;

import io.gazette.audience.AudienceConfig;
import io.gazette.shared.ratelimit.ClientKeys;
import io.gazette.shared.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** One limiter for all public sign-up forms, keyed by the client's network address. */
@ApplicationScoped
public class SignupRateLimit {

    private final RateLimiter limiter;

    public SignupRateLimit(AudienceConfig config, Clock clock) {
        this.limiter = new RateLimiter(config.subscribeRateLimit(), clock);
    }

    public RateLimiter.Decision acquire(String clientAddress) {
        return limiter.acquire(ClientKeys.forAddress(clientAddress));
    }
}
