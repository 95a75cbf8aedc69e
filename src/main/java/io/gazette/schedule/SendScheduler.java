package io.gazette.schedule;

import io.gazette.delivery.queue.DeliveryQueue;
import io.gazette.delivery.send.FailedStarts;
import io.gazette.delivery.send.RunningSend;
import io.gazette.delivery.send.SendControl;
import io.gazette.delivery.send.SendStarter;
import io.gazette.delivery.worker.SendWorkers;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The periodic job of every instance: start the sends of scheduled issues that are due, put back rows whose lease
 * ran out, and finish sends with nothing left. All of it is decided in the database, so any number of instances can
 * run it at once, and a restart loses nothing: an issue due while every instance was down goes out at the next start.
 */
@ApplicationScoped
public class SendScheduler {

    private static final Logger LOG = Logger.getLogger(SendScheduler.class);

    private final DueIssues due;
    private final SendStarter starter;
    private final SendControl sends;
    private final DeliveryQueue queue;
    private final SendWorkers workers;
    private final FailedStarts failedStarts;

    public SendScheduler(DueIssues due, SendStarter starter, FailedStarts failedStarts, SendControl sends, DeliveryQueue queue,
                         SendWorkers workers) {
        this.due = due;
        this.starter = starter;
        this.failedStarts = failedStarts;
        this.sends = sends;
        this.queue = queue;
        this.workers = workers;
    }

    @Scheduled(identity = "gazette-send-scheduler", every = "${gazette.delivery.scheduler-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        startDueIssues();
        tidyRunningSends();
    }

    /**
     * Each due issue in its own transaction. One that cannot start (no lists, a broken theme) has the failure counted
     * and the rest go on; after a few failed tries it becomes FAILED and the editors are told.
     */
    public void startDueIssues() {
        for (long issueId : due.ids()) {
            try {
                starter.startIfDue(issueId).ifPresent(send -> workers.wake());
            } catch (RuntimeException e) {
                LOG.debugf(e, "Scheduled issue %d could not start", issueId);
                countFailedStart(issueId, e);
            }
        }
    }

    private void countFailedStart(long issueId, RuntimeException failure) {
        try {
            failedStarts.record(issueId, reason(failure));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Scheduled issue %d could not start (%s), and the failure could not be recorded; trying again next time",
                    issueId, reason(failure));
        }
    }

    /** What an editor can act on: a refusal's own words (they name the missing lists or the theme's file and line). */
    static String reason(RuntimeException failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    public void tidyRunningSends() {
        for (RunningSend send : sends.running()) {
            try {
                int reclaimed = queue.reclaimExpired(send.id());
                if (reclaimed > 0) {
                    LOG.warnf("Send %d: %d recipients taken back from a worker whose lease ran out", send.id(), reclaimed);
                }
                sends.finishIfDone(send.id());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Send %d could not be tidied; trying again next time", send.id());
            }
        }
    }
}
