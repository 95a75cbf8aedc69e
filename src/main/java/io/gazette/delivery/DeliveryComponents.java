package io.gazette.delivery;

import io.gazette.delivery.retry.RetryPolicy;
import io.gazette.delivery.throttle.Limiter;
import io.gazette.delivery.throttle.SendThrottle;
import io.gazette.delivery.throttle.Sleeper;
import io.gazette.delivery.throttle.SlidingWindow;
import io.gazette.delivery.throttle.TokenBucket;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds the configured retry policy and the one throttle that every worker of this instance shares. */
public class DeliveryComponents {

    @Produces
    @Singleton
    RetryPolicy retryPolicy(DeliveryConfig config) {
        return RetryPolicy.from(config.retry());
    }

    @Produces
    @Singleton
    SendThrottle sendThrottle(DeliveryConfig config, Clock clock) {
        return throttle(config.throttle(), clock, Sleeper.SYSTEM);
    }

    static SendThrottle throttle(DeliveryConfig.Throttle config, Clock clock, Sleeper sleeper) {
        List<Limiter> limiters = new ArrayList<>();
        if (config.windowLimit() > 0) {
            limiters.add(new SlidingWindow(config.windowLimit(), config.windowDuration(), clock));
        }
        if (config.messagesPerSecond() > 0) {
            int burst = config.burst() > 0 ? config.burst() : (int) Math.max(1, Math.ceil(config.messagesPerSecond() / 10));
            limiters.add(new TokenBucket(config.messagesPerSecond(), burst, clock));
        }
        return new SendThrottle(limiters, sleeper);
    }
}
