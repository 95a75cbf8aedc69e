package io.gazette.issue;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an issue. The allowed moves live here and nowhere else:
 * DRAFT → SCHEDULED → SENDING → SENT, with CANCELLED reachable before the send finishes,
 * a way back to DRAFT from SCHEDULED and CANCELLED, and SCHEDULED → SCHEDULED to move the send time.
 * A scheduled issue whose send could not start after a few tries becomes FAILED (the scheduler's move, never an
 * editor's); from there an editor fixes the cause and schedules it again, sends it now, or takes it back to a draft.
 */
public enum IssueStatus {
    DRAFT, SCHEDULED, SENDING, SENT, CANCELLED,
    /** Its scheduled send could not start (no lists, no items, a broken theme); the issue says why in its start error. */
    FAILED;

    public Set<IssueStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, SENDING, CANCELLED);
            case SCHEDULED -> EnumSet.of(DRAFT, SCHEDULED, SENDING, CANCELLED, FAILED);
            case SENDING -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.noneOf(IssueStatus.class);
            case CANCELLED -> EnumSet.of(DRAFT);
            case FAILED -> EnumSet.of(DRAFT, SCHEDULED, SENDING, CANCELLED);
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
