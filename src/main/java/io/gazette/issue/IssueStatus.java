package io.gazette.issue;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an issue. The allowed moves live here and nowhere else:
 * DRAFT → SCHEDULED → SENDING → SENT, with CANCELLED reachable before the send finishes,
 * a way back to DRAFT from SCHEDULED and CANCELLED, and SCHEDULED → SCHEDULED to move the send time.
 */
public enum IssueStatus {
    DRAFT, SCHEDULED, SENDING, SENT, CANCELLED;

    public Set<IssueStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, SENDING, CANCELLED);
            case SCHEDULED -> EnumSet.of(DRAFT, SCHEDULED, SENDING, CANCELLED);
            case SENDING -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.noneOf(IssueStatus.class);
            case CANCELLED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canMoveTo(IssueStatus target) {
        return next().contains(target);
    }

    /** Once mail may have gone out, the content is frozen: it is what subscribers received. */
    public boolean isEditable() {
        return this != SENDING && this != SENT;
    }
}
