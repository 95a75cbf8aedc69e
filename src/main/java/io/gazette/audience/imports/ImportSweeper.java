package io.gazette.audience.imports;

import io.gazette.audience.AudienceConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * Marks imports whose instance died as failed, so no job claims to run forever, and forgets the text of old rejected
 * lines. Any instance may do either.
 */
@ApplicationScoped
public class ImportSweeper {

    private static final Logger LOG = Logger.getLogger(ImportSweeper.class);

    private final ImportJobs jobs;
    private final AudienceConfig config;
    private final Clock clock;

    public ImportSweeper(ImportJobs jobs, AudienceConfig config, Clock clock) {
        this.jobs = jobs;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<Long> failed = jobs.failStale(clock.instant().minus(config.imports().staleAfter()));
        if (!failed.isEmpty()) {
            LOG.warnf("Imports %s stopped making progress and were marked failed", failed);
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetRejectedLines() {
        int forgotten = jobs.forgetRejectedLines(clock.instant().minus(config.imports().rejectedLinesKeptFor()));
        if (forgotten > 0) {
            LOG.infof("Forgot the text of %d rejected import lines", forgotten);
        }
    }
}
