package io.gazette.audience.imports.web;

import io.gazette.audience.imports.ImportJobView;
import io.gazette.shared.time.LocalTimes;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** How far an import got and when, as its pages show it. */
@TemplateExtension
final class ImportExtensions {

    /** Imports belong to no newsletter, so to no time zone of their own: times are shown in UTC, and said to be. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private ImportExtensions() {
    }

    /**
     * Share of the file read, 0 to 100. An ended import is at 100 (a cancelled or failed one stopped early, which its
     * status says); a running one stays below, as the file is read a block ahead of the lines written.
     */
    static long percentRead(ImportJobView job) {
        if (job.status().isDone()) {
            return 100;
        }
        return job.fileBytes() == 0 ? 0 : Math.min(99, job.bytesRead() * 100 / job.fileBytes());
    }

    /** Imported rows that matched a subscriber already known (subscribed to the lists, and overwritten if asked). */
    static long rowsUpdated(ImportJobView job) {
        return job.rowsImported() - job.rowsCreated();
    }

    static boolean running(ImportJobView job) {
        return !job.status().isDone();
    }

    /** "Thu 10 Dec 2026, 08:00 UTC", or an empty string. */
    static String utcTime(Instant instant) {
        return LocalTimes.readable(instant, UTC);
    }

    /** "812 B", "12.3 kB", "4.5 MB". */
    static String fileSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
