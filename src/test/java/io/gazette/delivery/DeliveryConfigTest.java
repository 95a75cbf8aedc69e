package io.gazette.delivery;

import io.gazette.delivery.retry.RetryPolicy;
import io.gazette.delivery.throttle.SendThrottle;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented defaults of gazette.delivery.* and the beans built from them. */
@QuarkusTest
class DeliveryConfigTest {

    @Inject
    DeliveryConfig config;

    @Inject
    RetryPolicy retry;

    @Inject
    SendThrottle throttle;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(3, config.startAttempts());
        assertEquals(6, config.retry().maxAttempts());
        assertEquals(Duration.ofMinutes(2), config.retry().backoffBase());
        assertEquals(Duration.ofHours(1), config.retry().backoffMax());
        assertEquals(0.2, config.retry().jitter());
        assertEquals(25, config.autoPause().consecutiveFailures());
        assertEquals(0.5, config.autoPause().failureRatio());
        assertEquals(200, config.autoPause().window());
        assertEquals(0, config.throttle().messagesPerSecond());
        assertEquals(0, config.throttle().windowLimit());
        assertEquals(Duration.ofHours(1), config.throttle().windowDuration());
        assertEquals(3, config.bounces().softBounceLimit());
        assertEquals(Duration.ofDays(30), config.bounces().softBouncePeriod());
        assertEquals(Optional.empty(), config.webhookSecret());
        assertEquals(Optional.empty(), config.ses().topicArns());
        assertEquals(Duration.ofSeconds(10), config.ses().httpTimeout());
        assertTrue(config.workers().enabled());
        assertEquals(4, config.workers().threads());
        assertEquals(100, config.workers().batchSize());
        assertEquals(Duration.ofMinutes(5), config.workers().lease());
        assertEquals(Duration.ofSeconds(1), config.workers().checkpoint());
    }

    @Test
    void theProducedBeansFollowTheConfiguration() {
        assertEquals(6, retry.maxAttempts());
        assertFalse(throttle.limited(), "no limits configured, so workers never wait");
    }
}
