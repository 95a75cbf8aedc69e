package io.gazette.audience.imports;

import io.gazette.audience.MailingList;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Import jobs in the database: created, started, finished, cancelled, listed and reported on. */
@ApplicationScoped
@Transactional
public class ImportJobs {

    private final EntityManager em;
    private final Clock clock;

    public ImportJobs(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Refuses options that could never work, before any upload is read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(ImportOptions options) {
        if (options.mode() == ImportMode.SUBSCRIBE) {
            if (options.lists().isEmpty()) {
                throw ProblemException.invalid("list", "name at least one list to subscribe to");
            }
            if (MailingList.count("id in ?1", options.lists()) != options.lists().size()) {
                throw ProblemException.invalid("list", "names a list that does not exist");
            }
            if (options.status() != SubscriptionStatus.CONFIRMED && options.status() != SubscriptionStatus.UNCONFIRMED) {
                throw ProblemException.invalid("status", "must be CONFIRMED or UNCONFIRMED: say whether these people already confirmed");
            }
        }
    }

    public long create(ImportOptions options, String fileName, long bytes, String createdBy) {
        ImportJob job = new ImportJob();
        job.status = ImportStatus.QUEUED;
        job.mode = options.mode();
        job.listIds.addAll(options.mode() == ImportMode.SUBSCRIBE ? options.lists() : Set.of());
        job.subscriptionStatus = options.mode() == ImportMode.SUBSCRIBE ? options.status() : null;
        job.overwrite = options.overwrite();
        job.delimiter = String.valueOf(options.delimiter());
        job.fileName = fileName;
        job.fileBytes = bytes;
        job.createdBy = createdBy;
        job.createdAt = clock.instant();
        job.heartbeatAt = job.createdAt;
        job.persist();
        return job.id;
    }

    /** Marks the job running and returns its options as stored, the worker's only source of truth. */
    public ImportOptions start(long id) {
        ImportJob job = get(id);
        job.status = ImportStatus.RUNNING;
        job.startedAt = clock.instant();
        job.heartbeatAt = job.startedAt;
        return new ImportOptions(job.mode, Set.copyOf(job.listIds), job.subscriptionStatus, job.overwrite,
                job.delimiter.charAt(0));
    }

    /** Ends a job and drops its staged rows: they hold addresses and are only needed while it runs. */
    public void finish(long id, ImportStatus status, String failure) {
        em.createNativeQuery("DELETE FROM import_row WHERE job_id = ?1").setParameter(1, id).executeUpdate();
        ImportJob job = get(id);
        job.status = status;
        job.failure = failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000));
        job.finishedAt = clock.instant();
        job.heartbeatAt = job.finishedAt;
    }

    /** Asks a queued or running job to stop after its current chunk. */
    public ImportJobView cancel(long id) {
        int asked = ImportJob.update("cancelRequested = true where id = ?1 and status in ?2", id,
                List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
        ImportJob job = get(id);
        if (asked == 0) {
            throw ProblemException.conflict("Import " + id + " has already ended (" + job.status + ")");
        }
        return ImportJobView.of(job);
    }

    /** Fails running jobs whose heartbeat stopped: their instance died, and nobody else can resume them. */
    public List<Long> failStale(Instant heartbeatBefore) {
        List<ImportJob> stale = ImportJob.list("status in ?1 and heartbeatAt < ?2",
                List.of(ImportStatus.QUEUED, ImportStatus.RUNNING), heartbeatBefore);
        stale.forEach(job -> finish(job.id, ImportStatus.FAILED, "the import stopped making progress (was its instance restarted?); upload the file again"));
        return stale.stream().map(job -> job.id).toList();
    }

    /**
     * Forgets the text of the rejected lines of jobs that ended before {@code endedBefore}: it may hold names and
     * addresses of people who were never imported, kept only while the admin fixes the file.
     */
    public int forgetRejectedLines(Instant endedBefore) {
        return em.createNativeQuery("UPDATE import_error SET raw_line = NULL WHERE raw_line IS NOT NULL"
                        + " AND job_id IN (SELECT id FROM import_job WHERE finished_at < ?1)")
                .setParameter(1, endedBefore).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJobView view(long id) {
        return ImportJobView.of(get(id));
    }

    /** Jobs newest first, before {@code before} (exclusive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<ImportJobView> page(Long before, int limit) {
        List<ImportJobView> jobs = ImportJob.<ImportJob>find("id < ?1", Sort.descending("id"), before == null ? Long.MAX_VALUE : before)
                .page(0, limit + 1).list().stream().map(ImportJobView::of).toList();
        return KeysetPage.of(jobs, limit, ImportJobView::id);
    }

    /** The lines of a job that were not imported, in line order, after line {@code after}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<ImportErrorView> errors(long id, long after, int limit) {
        get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line_no, outcome, reason, detail, raw_line FROM import_error"
                        + " WHERE job_id = ?1 AND line_no > ?2 ORDER BY line_no LIMIT ?3")
                .setParameter(1, id).setParameter(2, after).setParameter(3, limit + 1)
                .getResultList();
        List<ImportErrorView> errors = rows.stream().map(r -> new ImportErrorView(((Number) r[0]).longValue(),
                LineReason.Outcome.valueOf((String) r[1]), LineReason.valueOf((String) r[2]), (String) r[3], (String) r[4]))
                .toList();
        return KeysetPage.of(errors, limit, ImportErrorView::line);
    }

    private ImportJob get(long id) {
        return ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Import", id));
    }
}
