package io.gazette.delivery.worker;

import io.gazette.delivery.MailChannel;
import io.gazette.delivery.retry.AutoPauseDetector;
import io.gazette.delivery.send.RunningSend;
import io.gazette.delivery.throttle.SendThrottle;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A set of worker threads that mail whatever sends are running, each thread with its own channel session (its own
 * kept-open SMTP connection). Nothing here needs another pool: pools on other instances, or a second one in this
 * instance, share sends through the database alone.
 */
public final class WorkerPool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkerPool.class);

    private final WorkerContext context;
    private final MailChannel channel;
    private final SendThrottle throttle;
    private final String name;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<RunningSend, AutoPauseDetector> detectors = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workArrived = lock.newCondition();
    private volatile boolean stopping;

    /** A pool under this instance's throughput limits. */
    public WorkerPool(WorkerContext context, MailChannel channel, String name) {
        this(context, channel, context.throttle, name);
    }

    /** A pool under limits of its own: every instance has its own, and a test can stand for several instances. */
    public WorkerPool(WorkerContext context, MailChannel channel, SendThrottle throttle, String name) {
        this.context = context;
        this.channel = channel;
        this.throttle = throttle;
        this.name = name;
    }

    public synchronized void start(int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            Thread thread = new Thread(new Worker(this), name + "-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("%d delivery workers (%s) mailing through %s", threadCount, name, channel.describe());
    }

    /** Wakes idle workers at once, e.g. when this instance just started a send. */
    public void wake() {
        lock.lock();
        try {
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the workers: each finishes the message in hand, writes its outcomes and gives its other rows back. */
    @Override
    public void close() {
        stopping = true;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean stopping() {
        return stopping;
    }

    WorkerContext context() {
        return context;
    }

    MailChannel channel() {
        return channel;
    }

    SendThrottle throttle() {
        return throttle;
    }

    AutoPauseDetector detector(RunningSend send) {
        return detectors.computeIfAbsent(send, s -> AutoPauseDetector.from(context.autoPause));
    }

    /** Drops detectors and renderings of sends that stopped running. */
    void forgetAllBut(List<RunningSend> running) {
        detectors.keySet().retainAll(running);
        context.rendered.retainOnly(running.stream().map(RunningSend::id).toList());
    }

    void idle(Duration wait) throws InterruptedException {
        lock.lock();
        try {
            if (!stopping) {
                workArrived.await(wait.toNanos(), TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }
}
