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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mails one claimed batch. At every checkpoint (and at the end) it writes the outcomes so far, so an instance that
 * dies can double at most the messages of one checkpoint; it renews the lease and stops when the send was paused or
 * cancelled. Rows it did not get to go back to the queue.
 * <p>
 * Exactly once rests on one rule here: a worker mails a row only while the row is still its own. The lease is renewed
 * at least every checkpoint, waits for the throttle included (they come in slices no longer than a checkpoint, and a
 * slice that would cross the checkpoint begins with it). When a renewal or a write reaches fewer rows than the worker
 * holds, another worker may already be mailing them: this one stops at once and mails nothing more.
 */
final class BatchRun {

    private static final Logger LOG = Logger.getLogger(BatchRun.class);

    private final WorkerPool pool;
    private final WorkerContext context;
    private final RunningSend send;
    private final RenderedIssue issue;
    private final ChannelSession session;
    private final List<DeliveryResult> pending = new ArrayList<>();
    private final List<BounceEvent> bounces = new ArrayList<>();
    private Claim claim;
    /** Rows this claim holds that have not been handed over yet: what a renewal must still reach. */
    private int held;
    private Instant checkpoint;

    BatchRun(WorkerPool pool, RunningSend send, RenderedIssue issue, Claim claim, ChannelSession session) {
        this.pool = pool;
        this.context = pool.context();
        this.send = send;
        this.issue = issue;
        this.claim = claim;
        this.session = session;
        this.held = (int) claim.rows().stream().filter(ClaimedDelivery::mailable).count();
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
        AutoPauseDetector detector = pool.detector(send);
        checkpoint = nextCheckpoint();
        for (ClaimedDelivery delivery : claim.rows()) {
            if (!delivery.mailable()) {
                continue;
            }
            if (pool.stopping() || !pool.throttle().acquire(context.settings.checkpoint(), this::beforeWaiting)) {
                return;
            }
            if (!context.clock.instant().isBefore(checkpoint) && !checkpoint()) {
                return;
            }
            Attempts.Attempt attempt = context.attempts.attempt(issue, delivery, session);
            held--;
            keep(delivery, attempt);
            Optional<String> pause = detector.record(attempt.outcome());
            if (pause.isPresent()) {
                flush();
                context.sends.autoPause(send, pause.get());
                return;
            }
        }
    }

    /** Before each slice of a throttle wait: a slice that would run past the checkpoint starts with the checkpoint. */
    private boolean beforeWaiting(Duration slice) {
        if (pool.stopping()) {
            return false;
        }
        return context.clock.instant().plus(slice).isBefore(checkpoint) || checkpoint();
    }

    /** Writes the outcomes, renews the lease on the rest; false when the batch must stop (rows lost, send stopped). */
    private boolean checkpoint() {
        checkpoint = nextCheckpoint();
        if (!flush()) {
            return stopWithout(held);
        }
        if (held > 0) {
            Instant until = context.clock.instant().plus(context.settings.lease());
            int renewed = context.queue.renew(claim, until);
            if (renewed < held) {
                return stopWithout(held - renewed);
            }
            claim = claim.renewedUntil(until);
        }
        return context.sends.isRunning(send);
    }

    /** Rows were taken from this claim: by a cancel, or by another worker after the lease ran out. */
    private boolean stopWithout(int lost) {
        if (!context.sends.isCancelled(send.id())) {
            context.metrics.claimLost();
            LOG.warnf("Send %d: this worker's lease ran out and %d of its recipients were taken over; it stops the batch"
                    + " and mails none of the %d it still had (a stall longer than gazette.delivery.workers.lease, or clocks"
                    + " that disagree between instances)", send.id(), lost, held);
        }
        return false;
    }

    private void keep(ClaimedDelivery delivery, Attempts.Attempt attempt) {
        pending.add(attempt.result());
        context.metrics.record(attempt.outcome());
        if (attempt.result().status() == DeliveryStatus.BOUNCED) {
            bounces.add(new BounceEvent(delivery.email(), BounceKind.HARD, attempt.outcome().reply(), context.clock.instant(),
                    BounceSource.SMTP));
        }
    }

    /**
     * Writes what was mailed so far, then the hard bounces it learnt (they suppress the addresses); false when some
     * rows were no longer this claim's to write.
     */
    private boolean flush() {
        if (pending.isEmpty()) {
            return true;
        }
        int written = context.queue.record(claim, pending);
        boolean complete = written == pending.size();
        if (!complete) {
            LOG.warnf("Send %d: %d of %d outcomes arrived after this worker's lease ran out and another worker took the rows;"
                    + " the successor's outcomes stand", send.id(), pending.size() - written, pending.size());
        }
        pending.clear();
        bounces.forEach(context.bounces::accept);
        bounces.clear();
        return complete;
    }

    private Instant nextCheckpoint() {
        return context.clock.instant().plus(context.settings.checkpoint());
    }
}
