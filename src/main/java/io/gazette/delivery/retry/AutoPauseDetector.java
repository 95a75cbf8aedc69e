package io.gazette.delivery.retry;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.delivery.SendOutcome;

import java.util.Arrays;
import java.util.Optional;

/**
 * Watches the outcomes of one send and says when it should pause: after too many failures in a row, or when too large
 * a share of the recent messages failed. A failure is a temporary or permanent outcome; hard bounces are the list's
 * problem, not the server's, and count as answers. Thread-safe: every worker of the send reports to the same detector.
 */
public final class AutoPauseDetector {

    private final int consecutiveLimit;
    private final double ratioLimit;
    private final boolean[] recent;
    private int next;
    private long seen;
    private int failuresInWindow;
    private int consecutive;

    /**
     * @param consecutiveFailures pause after this many failures in a row; 0 turns the check off
     * @param failureRatio        pause when this share of the last {@code window} outcomes failed; 0 turns the check off
     * @param window              outcomes the ratio looks at, checked once that many were seen
     */
    public AutoPauseDetector(int consecutiveFailures, double failureRatio, int window) {
        if (consecutiveFailures < 0 || failureRatio < 0 || failureRatio > 1 || window < 1) {
            throw new IllegalArgumentException("auto-pause thresholds must be non-negative, the ratio at most 1, the window at least 1");
        }
        this.consecutiveLimit = consecutiveFailures;
        this.ratioLimit = failureRatio;
        this.recent = new boolean[window];
    }

    public static AutoPauseDetector from(DeliveryConfig.AutoPause config) {
        return new AutoPauseDetector(config.consecutiveFailures(), config.failureRatio(), config.window());
    }

    /** Records an outcome; returns why the send should pause now, or empty to go on. */
    public synchronized Optional<String> record(SendOutcome outcome) {
        boolean failed = outcome.kind().failure();
        consecutive = failed ? consecutive + 1 : 0;
        if (seen >= recent.length && recent[next]) {
            failuresInWindow--;
        }
        recent[next] = failed;
        failuresInWindow += failed ? 1 : 0;
        next = (next + 1) % recent.length;
        seen++;
        if (!failed) {
            return Optional.empty();
        }
        if (consecutiveLimit > 0 && consecutive >= consecutiveLimit) {
            return Optional.of(consecutive + " messages in a row failed; the last reply was: " + outcome.reply());
        }
        if (ratioLimit > 0 && seen >= recent.length && failuresInWindow >= ratioLimit * recent.length) {
            return Optional.of(failuresInWindow + " of the last " + recent.length + " messages failed; the last reply was: "
                    + outcome.reply());
        }
        return Optional.empty();
    }

    /** Forgets everything, for a send that resumes. */
    public synchronized void reset() {
        Arrays.fill(recent, false);
        next = 0;
        seen = 0;
        failuresInWindow = 0;
        consecutive = 0;
    }
}
