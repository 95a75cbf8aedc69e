package io.gazette.delivery.send;

import io.gazette.shared.persistence.VersionedEntity;
import io.gazette.shared.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** One mailing of an issue: what went out (the snapshot), to how many, and where it stands. */
@Entity
@Table(name = "send_job")
public class SendJob extends VersionedEntity {

    @Column(name = "issue_id", nullable = false)
    public long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    SendStatus status = SendStatus.RUNNING;

    @Column(nullable = false, length = 1_000_000)
    public String snapshot;

    @Column(nullable = false)
    public long recipients;

    @Column(nullable = false)
    public int run = 1;

    @Column(name = "pause_reason", length = 1000)
    public String pauseReason;

    @Column(name = "started_by", nullable = false, length = 320)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public SendStatus status() {
        return status;
    }

    /** The only way a send changes status; illegal moves are refused with 409. */
    public void transitionTo(SendStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change",
                    "Send " + id + " is " + status + " and cannot become " + target
                            + (status.next().isEmpty() ? "" : "; allowed: " + status.next()));
        }
        switch (target) {
            case PAUSED -> pausedAt = now;
            case RUNNING -> {
                run++;
                pausedAt = null;
                pauseReason = null;
            }
            case FINISHED, CANCELLED -> finishedAt = now;
        }
        status = target;
        updatedAt = now;
    }
}
