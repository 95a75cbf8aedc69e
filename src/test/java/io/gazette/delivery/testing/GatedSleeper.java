package io.gazette.delivery.testing;

import io.gazette.delivery.throttle.Sleeper;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sleeper that holds every thread that sleeps until the test opens it: a worker frozen in the middle of a throttle
 * wait for as long as the test likes (longer than its lease, say). Once open, sleeps return at once.
 */
public final class GatedSleeper implements Sleeper {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger sleeping = new AtomicInteger();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeping.incrementAndGet();
        try {
            gate.await();
        } finally {
            sleeping.decrementAndGet();
        }
    }

    /** Whether a thread is held in a sleep now. */
    public boolean holding() {
        return sleeping.get() > 0;
    }

    public void open() {
        gate.countDown();
    }
}
