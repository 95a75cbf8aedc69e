package io.gazette.shared.web;

import io.gazette.shared.time.LocalTimes;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Instants in pages that belong to no newsletter (a subscriber's history, an import): read in UTC, and said so, since
 * the server's own zone means nothing to the reader. Pages put the ISO instant in {@code <time datetime>} beside it.
 */
@TemplateExtension
public class InstantExtensions {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private InstantExtensions() {
    }

    /** "Fri 4 Dec 2026, 02:35 UTC". */
    static String readable(Instant instant) {
        return LocalTimes.readable(instant, UTC);
    }
}
