package io.gazette.delivery.worker;

import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceSource;
import io.gazette.delivery.queue.Claim;
import io.gazette.delivery.queue.ClaimedDelivery;
import io.gazette.delivery.queue.DeliveryResult;
import io.gazette.delivery.retry.AutoPauseDetector;
import io.gazette.delivery.send.DeliveryStatus;
import io.gazette.delivery.send.RunningSend;
import io.gazette.render.RenderedIssue;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mails one claimed batch. At every checkpoint (and at the end) it writes the outcomes so far, so an instance that
 * dies can double at most the messages of one checkpoint; it renews the lease and stops early when the send was
 * paused or cancelled. Rows it did not get to go back to the queue.
 */
final class BatchRun {

    private static final Logger LOG = Logger.getLogger(BatchRun.class);

    private final WorkerPool pool;
    private final WorkerContext context;
    private final RunningSend send;
    private final ChannelSession session;
    private final List<DeliveryResult> pending = new ArrayList<>();
    private final List<BounceEvent> bounces = new ArrayList<>();
    private Claim claim;

    BatchRun(WorkerPool pool, RunningSend send, Claim claim, ChannelSession session) {
        this.pool = pool;
        this.context = pool.context();
        this.send = send;
        this.claim = claim;
        this.session = session;
    }

    void run() throws InterruptedException {
        try {
            mail();
        } finally {
            flush();
            context.queue.release(claim);
        }
    }

    private void mail() throws InterruptedException {
        RenderedIssue issue = context.rendered.get(send.id());
        AutoPauseDetector detector = pool.detector(send);
        Instant checkpoint = nextCheckpoint();
        for (ClaimedDelivery delivery : claim.rows()) {
            if (!delivery.mailable()) {
                continue;
            }
            if (pool.stopping()) {
                return;
            }
            context.throttle.acquire();
            Attempts.Attempt attempt = context.attempts.attempt(issue, delivery, session);
            keep(delivery, attempt);
            Optional<String> pause = detector.record(attempt.outcome());
            if (pause.isPresent()) {
                flush();
                context.sends.autoPause(send, pause.get());
                return;
            }
            if (!context.clock.instant().isBefore(checkpoint)) {
                flush();
                claim = context.queue.renew(claim, context.settings.lease());
                if (!context.sends.isRunning(send)) {
                    return;
                }
                checkpoint = nextCheckpoint();
            }
        }
    }

    private void keep(ClaimedDelivery delivery, Attempts.Attempt attempt) {
        pending.add(attempt.result());
        context.metrics.record(attempt.outcome());
        if (attempt.result().status() == DeliveryStatus.BOUNCED) {
            bounces.add(new BounceEvent(delivery.email(), BounceKind.HARD, attempt.outcome().reply(), context.clock.instant(),
                    BounceSource.SMTP));
        }
    }

    /** Writes what was mailed so far, then the hard bounces it learnt (they suppress the addresses). */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        int written = context.queue.record(claim, pending);
        if (written < pending.size()) {
            LOG.warnf("Send %d: %d of %d outcomes arrived after this worker's lease ran out and another worker took the rows",
                    send.id(), pending.size() - written, pending.size());
        }
        pending.clear();
        bounces.forEach(context.bounces::accept);
        bounces.clear();
    }

    private Instant nextCheckpoint() {
        return context.clock.instant().plus(context.settings.checkpoint());
    }
}
