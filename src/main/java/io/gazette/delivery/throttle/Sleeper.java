package io.gazette.delivery.throttle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; tests replace it with one that moves a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
