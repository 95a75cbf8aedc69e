package io.gazette.newsletter;

import io.gazette.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A publication with numbered issues, e.g. a weekly digest of one country's tech scene. */
@Entity
@Table(name = "newsletter")
public class Newsletter extends VersionedEntity {

    @Column(nullable = false, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 300)
    public String tagline;

    @Column(name = "sender_name", nullable = false, length = 200)
    public String senderName;

    @Column(name = "sender_address", nullable = false, length = 320)
    public String senderAddress;

    @Column(name = "reply_to", length = 320)
    public String replyTo;

    @Column(name = "postal_address", length = 500)
    public String postalAddress;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "send_day", length = 9)
    public DayOfWeek sendDay;

    @Column(name = "send_time")
    public LocalTime sendTime;

    @Column(nullable = false, length = 64)
    public String theme;

    @Column(name = "last_issue_number", nullable = false)
    public int lastIssueNumber;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The default weekly send slot, when the newsletter has one. */
    public Optional<SendSlot> sendSlot() {
        return sendDay == null || sendTime == null ? Optional.empty() : Optional.of(new SendSlot(sendDay, sendTime, zone()));
    }

    /** Hands out the next issue number; callers hold a write lock on this row so numbers are never shared or reused. */
    public int takeNextIssueNumber() {
        lastIssueNumber += 1;
        return lastIssueNumber;
    }

    public static Optional<Newsletter> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
