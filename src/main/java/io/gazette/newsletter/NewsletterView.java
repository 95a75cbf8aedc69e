package io.gazette.newsletter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

public record NewsletterView(Long id, String slug, String name, String tagline, String senderName, String senderAddress,
                             String replyTo, String postalAddress, String timeZone, DayOfWeek sendDay, LocalTime sendTime,
                             String theme, int lastIssueNumber, Instant createdAt, Instant updatedAt, long version) {

    public static NewsletterView of(Newsletter n) {
        return new NewsletterView(n.id, n.slug, n.name, n.tagline, n.senderName, n.senderAddress, n.replyTo,
                n.postalAddress, n.timeZone, n.sendDay, n.sendTime, n.theme, n.lastIssueNumber, n.createdAt,
                n.updatedAt, n.version);
    }
}
