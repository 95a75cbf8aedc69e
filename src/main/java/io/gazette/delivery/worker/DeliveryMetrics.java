package io.gazette.delivery.worker;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.queue.DeliveryQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Prometheus metrics of this instance's sending (at {@code /q/metrics}): messages by outcome, uncertain attempts,
 * batches stopped because their lease was lost, SMTP latency, the current rate, and the depth of the shared queue
 * (read from the database at most every few seconds).
 */
@ApplicationScoped
public class DeliveryMetrics {

    /** The current rate is the messages of the last this many seconds, divided by them. */
    private static final int RATE_SECONDS = 10;
    private static final long DEPTH_REFRESH_MILLIS = 5_000;

    private final Map<OutcomeKind, Counter> messages = new EnumMap<>(OutcomeKind.class);
    private final Counter uncertain;
    private final Counter claimsLost;
    private final Timer latency;
    private final Clock clock;
    private final DeliveryQueue queue;
    private final AtomicLongArray perSecond = new AtomicLongArray(RATE_SECONDS + 1);
    private final AtomicLongArray slotSecond = new AtomicLongArray(RATE_SECONDS + 1);
    private final AtomicLong depth = new AtomicLong();
    private volatile long depthReadAt;

    public DeliveryMetrics(MeterRegistry registry, Clock clock, DeliveryQueue queue) {
        this.clock = clock;
        this.queue = queue;
        for (OutcomeKind kind : OutcomeKind.values()) {
            messages.put(kind, Counter.builder("gazette.messages").description("Messages offered to the mail server, by outcome")
                    .tag("outcome", kind.name().toLowerCase()).register(registry));
        }
        uncertain = Counter.builder("gazette.messages.uncertain")
                .description("Attempts whose connection failed after the whole message was handed over: possibly delivered")
                .register(registry);
        claimsLost = Counter.builder("gazette.claims.lost")
                .description("Batches a worker stopped because its lease had run out and another worker took its rows")
                .register(registry);
        latency = Timer.builder("gazette.smtp.latency").description("Time to hand one message to the mail server")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        Gauge.builder("gazette.send.rate", this, DeliveryMetrics::rate).description("Messages per second over the last 10 s")
                .baseUnit("messages/s").register(registry);
        Gauge.builder("gazette.queue.depth", this, DeliveryMetrics::queueDepth)
                .description("Recipients of running sends still waiting for a final outcome").register(registry);
    }

    public void record(SendOutcome outcome) {
        messages.get(outcome.kind()).increment();
        if (outcome.uncertain()) {
            uncertain.increment();
        }
        latency.record(outcome.latency());
        long second = clock.millis() / 1000;
        int slot = (int) (second % perSecond.length());
        if (slotSecond.getAndSet(slot, second) != second) {
            perSecond.set(slot, 0);
        }
        perSecond.incrementAndGet(slot);
    }

    /** A worker of this instance found its rows taken over and stopped its batch. */
    public void claimLost() {
        claimsLost.increment();
    }

    /** Messages per second this instance handed over, averaged over the last complete seconds. */
    public double rate() {
        long now = clock.millis() / 1000;
        long total = 0;
        for (int i = 0; i < perSecond.length(); i++) {
            long second = slotSecond.get(i);
            if (second < now && second >= now - RATE_SECONDS) {
                total += perSecond.get(i);
            }
        }
        return total / (double) RATE_SECONDS;
    }

    private double queueDepth() {
        long now = clock.millis();
        if (now - depthReadAt > DEPTH_REFRESH_MILLIS) {
            depthReadAt = now;
            try {
                depth.set(queue.depth());
            } catch (RuntimeException e) {
                // The gauge keeps its last value; readiness reports the database itself.
            }
        }
        return depth.get();
    }
}
