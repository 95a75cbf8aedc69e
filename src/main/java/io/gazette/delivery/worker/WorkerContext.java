package io.gazette.delivery.worker;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.delivery.bounce.BounceSink;
import io.gazette.delivery.queue.DeliveryQueue;
import io.gazette.delivery.retry.RetryPolicy;
import io.gazette.delivery.send.SendControl;
import io.gazette.delivery.throttle.SendThrottle;
import io.gazette.render.MessageComposer;
import jakarta.inject.Singleton;

import java.time.Clock;

/** What every worker pool of this instance shares: the queue, the send controls, the renderer, limits and metrics. */
@Singleton
public class WorkerContext {

    final DeliveryQueue queue;
    final SendControl sends;
    final RenderedSends rendered;
    final Attempts attempts;
    final SendThrottle throttle;
    final DeliveryConfig.Workers settings;
    final DeliveryConfig.AutoPause autoPause;
    final BounceSink bounces;
    final DeliveryMetrics metrics;
    final Clock clock;

    public WorkerContext(DeliveryQueue queue, SendControl sends, RenderedSends rendered, MessageComposer composer,
                         RetryPolicy retries, SendThrottle throttle, DeliveryConfig config, BounceSink bounces,
                         DeliveryMetrics metrics, Clock clock) {
        this.queue = queue;
        this.sends = sends;
        this.rendered = rendered;
        this.attempts = new Attempts(composer, retries, clock);
        this.throttle = throttle;
        this.settings = config.workers();
        this.autoPause = config.autoPause();
        this.bounces = bounces;
        this.metrics = metrics;
        this.clock = clock;
    }
}
