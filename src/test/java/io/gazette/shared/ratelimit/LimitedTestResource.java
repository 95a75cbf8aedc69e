package io.gazette.shared.ratelimit;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.time.Clock;
import java.time.Duration;

/** A JSON endpoint guarded by {@link RateLimiter#enforce}, to test the problem answer a JSON client gets. */
@PermitAll
@Path("/test/rate-limited")
public class LimitedTestResource {

    private final RateLimiter limiter = new RateLimiter(RateLimiterTest.config(2, Duration.ofMinutes(1), 10), Clock.systemUTC());

    /** Keyed on a header so other tests walking every route do not spend this test's permits. */
    @POST
    public String call(@HeaderParam("X-Test-Caller") String caller) {
        limiter.enforce(caller == null ? "anonymous" : caller);
        return "ok";
    }
}
