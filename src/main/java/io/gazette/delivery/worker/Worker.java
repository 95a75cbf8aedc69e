package io.gazette.delivery.worker;

import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.queue.Claim;
import io.gazette.delivery.send.RunningSend;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * One worker thread: claims a batch of the oldest running send, mails it over its own session, and starts over;
 * idles when there is nothing to do. A failure (the database gone, a broken snapshot) is logged and the worker goes
 * on after a pause, so one bad moment never stops a send for good.
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

    /** Mails one batch; false when no running send had anything due. */
    private boolean workOnce(ChannelSession session) throws InterruptedException {
        List<RunningSend> running = context.sends.running();
        pool.forgetAllBut(running);
        for (RunningSend send : running) {
            Claim claim = context.queue.claim(send.id(), context.settings.batchSize(), context.settings.lease());
            if (claim.isEmpty()) {
                context.sends.finishIfDone(send.id());
                continue;
            }
            new BatchRun(pool, send, claim, session).run();
            return true;
        }
        return false;
    }
}
