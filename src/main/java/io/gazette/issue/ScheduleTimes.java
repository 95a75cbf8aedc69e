package io.gazette.issue;

import io.gazette.newsletter.Newsletter;
import io.gazette.shared.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the time an editor asked for: an instant, a local time in the newsletter's zone, or its weekly slot. */
final class ScheduleTimes {

    private ScheduleTimes() {
    }

    static Instant resolve(String requested, Newsletter newsletter, Instant now) {
        if (requested == null || requested.isBlank()) {
            return newsletter.sendSlot()
                    .map(slot -> slot.nextAfter(now))
                    .orElseThrow(() -> ProblemException.invalid("scheduledAt",
                            "is required because the newsletter has no weekly send slot"));
        }
        String text = requested.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(newsletter.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("scheduledAt",
                        "must be an ISO date-time such as 2026-12-03T08:00 (newsletter time) or 2026-12-03T07:00:00Z");
            }
        }
    }
}
