package io.gazette.audience.imports;

import io.gazette.audience.SubscriptionStatus;

import java.time.Instant;
import java.util.List;

/**
 * An import job and its progress: {@code rowsRead = rowsImported + rowsSkipped + rowsFailed} at every moment, and
 * {@code bytesRead} of {@code fileBytes} read (a little ahead of the rows counted, as the file is read in blocks).
 * Of {@code rowsImported}, {@code rowsCreated} created a subscriber; the rest updated (or subscribed) a known one.
 */
public record ImportJobView(long id, ImportStatus status, ImportMode mode, List<Long> lists,
                            SubscriptionStatus subscriptionStatus, boolean overwrite, String delimiter,
                            String fileName, long fileBytes, long bytesRead, long rowsRead, long rowsImported,
                            long rowsCreated, long rowsSkipped, long rowsFailed, boolean cancelRequested,
                            String failure, String createdBy, Instant createdAt, Instant startedAt,
                            Instant heartbeatAt, Instant finishedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.status, job.mode, job.listIds.stream().sorted().toList(),
                job.subscriptionStatus, job.overwrite, job.delimiter, job.fileName, job.fileBytes, job.bytesRead,
                job.rowsRead, job.rowsImported, job.rowsCreated, job.rowsSkipped, job.rowsFailed, job.cancelRequested,
                job.failure, job.createdBy, job.createdAt, job.startedAt, job.heartbeatAt, job.finishedAt);
    }
}
