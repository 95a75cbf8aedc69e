package io.gazette.newsletter;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SendSlotTest {

    private final SendSlot thursdayEight = new SendSlot(DayOfWeek.THURSDAY, LocalTime.of(8, 0), ZoneId.of("Europe/Lisbon"));

    @Test
    void picksTheComingSlotThisWeek() {
        // Monday 23 November 2026
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), thursdayEight.nextAfter(Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void movesToNextWeekOnceTheSlotHasPassed() {
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), thursdayEight.nextAfter(Instant.parse("2026-11-26T08:00:00Z")));
    }

    @Test
    void keepsLocalTimeAcrossDaylightSaving() {
        // Summer time in Lisbon is UTC+1, so 08:00 local is 07:00 UTC.
        assertEquals(Instant.parse("2026-04-02T07:00:00Z"), thursdayEight.nextAfter(Instant.parse("2026-03-30T00:00:00Z")));
    }
}
