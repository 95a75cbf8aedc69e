package io.gazette.shared.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as an editor reads and types them: in the newsletter's own time zone, never the server's. */
public final class LocalTimes {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** The value format of an HTML {@code datetime-local} input. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LocalTimes() {
    }

    /** "Thu 10 Dec 2026, 08:00 Europe/Lisbon", or an empty string for no instant. */
    public static String readable(Instant instant, ZoneId zone) {
        return instant == null ? "" : READABLE.format(instant.atZone(zone)) + " " + zone.getId();
    }

    public static String inputValue(Instant instant, ZoneId zone) {
        return instant == null ? "" : INPUT.format(LocalDateTime.ofInstant(instant, zone));
    }
}
