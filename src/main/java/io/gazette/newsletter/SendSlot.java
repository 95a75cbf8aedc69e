package io.gazette.newsletter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** A newsletter's usual weekly send time, e.g. Thursday 08:00 in Europe/Lisbon. */
public record SendSlot(DayOfWeek day, LocalTime time, ZoneId zone) {

    /** The first occurrence of this slot strictly after {@code now}, correct across daylight-saving changes. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = local.with(TemporalAdjusters.next(day)).with(time);
        }
        return candidate.toInstant();
    }
}
