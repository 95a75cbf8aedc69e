package io.gazette.issue;

import io.gazette.newsletter.Newsletter;
import io.gazette.shared.persistence.VersionedEntity;
import io.gazette.shared.problem.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One numbered issue of a newsletter: intro, items 1..n, closing text and a call to action. */
@Entity
@Table(name = "issue")
public class Issue extends VersionedEntity {

    private static final int START_ERROR_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "newsletter_id", nullable = false)
    public Newsletter newsletter;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 300)
    public String subject;

    @Column(length = 300)
    public String preheader;

    @Column(length = 10000)
    public String intro;

    @Column(length = 10000)
    public String closing;

    @Column(name = "cta_label", length = 100)
    public String ctaLabel;

    @Column(name = "cta_url", length = 2048)
    public String ctaUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    IssueStatus status = IssueStatus.DRAFT;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Failed tries to start this issue's scheduled send since it was last scheduled. */
    @Column(name = "start_attempts", nullable = false)
    public int startAttempts;

    /** Why the last try to start the scheduled send failed; null once the issue moves on. */
    @Column(name = "start_error", length = START_ERROR_LENGTH)
    public String startError;

    /** The lists this issue goes to; empty means every list that feeds its newsletter. */
    @ElementCollection
    @CollectionTable(name = "issue_audience", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "list_id")
    public Set<Long> audience = new HashSet<>();

    /** Who last saved the issue's own fields (not its items); null for issues saved before this was kept. */
    @Column(name = "updated_by", length = 320)
    public String updatedBy;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Item> items = new ArrayList<>();

    public IssueStatus status() {
        return status;
    }

    /** The subject line of the email; the title stands in when no subject was written. */
    public String effectiveSubject() {
        return subject == null || subject.isBlank() ? title : subject;
    }

    /**
     * The only way an issue changes status. Illegal moves are refused with 409 so no caller can,
     * say, put a sent issue back into draft.
     */
    public void transitionTo(IssueStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change",
                    "Issue #" + number + " is " + status + " and cannot become " + target
                            + (status.next().isEmpty() ? "" : "; allowed: " + status.next()));
        }
        if (target == IssueStatus.SENT) {
            sentAt = now;
        }
        if (target == IssueStatus.DRAFT || target == IssueStatus.CANCELLED) {
            scheduledAt = null;
        }
        if (target != IssueStatus.FAILED) {
            startAttempts = 0;
            startError = null;
        }
        status = target;
        updatedAt = now;
    }

    /**
     * Notes a failed try to start the scheduled send; after {@code allowed} of them the issue becomes FAILED.
     * Returns whether this was the try that made it FAILED.
     */
    public boolean failedToStart(String reason, int allowed, Instant now) {
        startAttempts++;
        startError = reason.length() <= START_ERROR_LENGTH ? reason : reason.substring(0, START_ERROR_LENGTH - 1) + "…";
        updatedAt = now;
        if (startAttempts < allowed) {
            return false;
        }
        transitionTo(IssueStatus.FAILED, now);
        return true;
    }

    /** Refuses changes to content that has been, or is being, mailed. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new ProblemException(409, "issue-read-only", "Issue is read-only",
                    "Issue #" + number + " is " + status + "; its content is what subscribers received and can no longer change");
        }
    }
}
