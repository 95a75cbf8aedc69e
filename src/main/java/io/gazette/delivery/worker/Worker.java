package io.gazette.delivery.worker;

import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.queue.Claim;
import io.gazette.delivery.send.RunningSend;
import io.gazette.render.RenderedIssue;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One worker thread: claims a batch of the oldest running send, mails it over its own session, and starts over;
 * idles when there is nothing to do. A send whose snapshot cannot be rendered is paused with the reason, so it never
 * holds up the sends behind it. Any other failure (the database gone) is logged and the worker goes on after a pause,
 * so one bad moment never stops a send for good.
 */
final class Worker implements Runnable {

    private static final Logger LOG = Logger.getLogger(Worker.class);

    private final WorkerPool pool;
    private final WorkerContext context;

    Worker(WorkerPool pool) {
        this.pool = pool;
        this.context = pool.context();
    }

    @Override
    public void run() {
        try (ChannelSession session = pool.channel().openSession()) {
            while (!pool.stopping()) {
                boolean worked = false;
                try {
                    worked = workOnce(session);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Delivery worker %s failed; trying again shortly", Thread.currentThread().getName());
                }
                if (!worked) {
                    pool.idle(context.settings.pollInterval());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Mails one batch, or waits out the throttle; false when no running send had anything due. */
    private boolean workOnce(ChannelSession session) throws InterruptedException {
        List<RunningSend> running = context.sends.running();
        pool.forgetAllBut(running);
        if (running.isEmpty()) {
            return false;
        }
        Duration ahead = pool.throttle().delay();
        if (ahead.compareTo(context.settings.checkpoint()) > 0) {
            // Wait before claiming: rows held through a long wait are rows that other instances could be mailing.
            pool.idle(ahead.compareTo(context.settings.pollInterval()) < 0 ? ahead : context.settings.pollInterval());
            return true;
        }
        for (RunningSend send : running) {
            Optional<RenderedIssue> issue = rendered(send);
            if (issue.isEmpty()) {
                continue;
            }
            Claim claim = context.queue.claim(send.id(), context.settings.batchSize(), context.settings.lease());
            if (claim.isEmpty()) {
                context.sends.finishIfDone(send.id());
                continue;
            }
            new BatchRun(pool, send, issue.get(), claim, session).run();
            return true;
        }
        return false;
    }

    /** The send's message, rendered before any row is claimed; empty (and the send paused) when it cannot be. */
    private Optional<RenderedIssue> rendered(RunningSend send) {
        try {
            return Optional.of(context.rendered.get(send.id()));
        } catch (UnrenderableSend e) {
            LOG.errorf(e, "Send %d cannot be rendered; pausing it", send.id());
            context.sends.autoPause(send, e.getMessage());
            return Optional.empty();
        }
    }
}
