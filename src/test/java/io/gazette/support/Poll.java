package io.gazette.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that other threads bring about, checking often, and fails with what was awaited. */
public final class Poll {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Poll() {
    }

    /** Returns as soon as {@code condition} holds; fails after 30 s. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + LIMIT.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
