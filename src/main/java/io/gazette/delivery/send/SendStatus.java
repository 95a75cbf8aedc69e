package io.gazette.delivery.send;

import java.util.EnumSet;
import java.util.Set;

/** The life of a send; the allowed moves live here and nowhere else. */
public enum SendStatus {
    /** Workers are mailing it. */
    RUNNING,
    /** Stopped by an editor or by the auto-pause; resuming continues where it stopped. */
    PAUSED,
    /** Every recipient has a final outcome. */
    FINISHED,
    /** Stopped for good; recipients not yet mailed never will be. */
    CANCELLED;

    public Set<SendStatus> next() {
        return switch (this) {
            case RUNNING -> EnumSet.of(PAUSED, FINISHED, CANCELLED);
            case PAUSED -> EnumSet.of(RUNNING, CANCELLED);
            case FINISHED, CANCELLED -> EnumSet.noneOf(SendStatus.class);
        };
    }

    public boolean canMoveTo(SendStatus target) {
        return next().contains(target);
    }
}
