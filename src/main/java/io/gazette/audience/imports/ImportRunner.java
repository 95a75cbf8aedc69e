package io.gazette.audience.imports;

import io.gazette.audience.AudienceConfig;
import io.gazette.audience.MailboxPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports in the background, at most {@code gazette.audience.import.concurrent-jobs} at once on this instance.
 * The file is read chunk by chunk, so memory stays flat whatever its size; progress lives in the database.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final StagingInsert staging;
    private final ChunkWriter writer;
    private final MailboxPolicy mailboxes;
    private final int chunkSize;
    private final Semaphore slots;
    private final ExecutorService workers;

    public ImportRunner(ImportJobs jobs, StagingInsert staging, ChunkWriter writer, MailboxPolicy mailboxes,
                        AudienceConfig config) {
        this.jobs = jobs;
        this.mailboxes = mailboxes;
        this.staging = staging;
        this.writer = writer;
        this.chunkSize = config.imports().chunkSize();
        this.slots = new Semaphore(config.imports().concurrentJobs());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.imports().concurrentJobs(),
                r -> new Thread(r, "csv-import-" + n.incrementAndGet()));
    }

    /** Reserves a worker before an upload is read; false when all are busy. */
    public boolean reserve() {
        return slots.tryAcquire();
    }

    public void release() {
        slots.release();
    }

    /** Runs a reserved job; the slot is released and the file deleted when it ends, however it ends. */
    public void submit(long jobId, Path file) {
        workers.execute(() -> {
            try {
                run(jobId, file);
            } finally {
                deleteQuietly(file);
                release();
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void run(long jobId, Path file) {
        try {
            ImportOptions options = jobs.start(jobId);
            boolean completed = importFile(jobId, options, file);
            jobs.finish(jobId, completed ? ImportStatus.FINISHED : ImportStatus.CANCELLED, null);
        } catch (ImportFailure e) {
            jobs.finish(jobId, ImportStatus.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.finish(jobId, ImportStatus.FAILED, "the import was interrupted by a shutdown; upload the file again");
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %d failed", jobId);
            jobs.finish(jobId, ImportStatus.FAILED, "internal error: " + e.getMessage());
        }
    }

    /** Imports every chunk; false when the job was cancelled part-way. */
    private boolean importFile(long jobId, ImportOptions options, Path file) throws IOException, InterruptedException {
        try (CsvLines lines = CsvLines.open(file, options.delimiter(), mailboxes);
             ChunkPipeline chunks = new ChunkPipeline(lines, chunkSize, chunk -> staging.stage(jobId, chunk.rows()),
                     "csv-read-" + jobId)) {
            for (ImportChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                if (!writer.write(jobId, options, chunk)) {
                    return false;
                }
            }
            return true;
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete import upload %s: %s", file, e.getMessage());
        }
    }
}
