package io.gazette.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants that belong to no newsletter, in the one zone of {@link DisplayTimeConfig}: readable for people, exact for
 * machines. Templates reach it as {@code inject:times}, usually through the {@code time} tag.
 */
@Named("times")
@ApplicationScoped
public class DisplayTimes {

    private final ZoneId zone;

    public DisplayTimes(DisplayTimeConfig config) {
        this.zone = config.displayZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** "Thu 10 Dec 2026, 08:00 UTC"; empty for no instant. */
    public String readable(Instant instant) {
        return LocalTimes.readable(instant, zone);
    }

    /**
     * The instant for a {@code <time datetime>} attribute, to the second: HTML allows at most three fraction digits,
     * the database keeps six.
     */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Where {@code day} begins in this zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
