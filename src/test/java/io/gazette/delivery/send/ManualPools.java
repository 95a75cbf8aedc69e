package io.gazette.delivery.send;

import io.gazette.delivery.smtp.SmtpPool;
import io.gazette.delivery.smtp.SmtpSettings;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.throttle.SendThrottle;
import io.gazette.delivery.worker.WorkerContext;
import io.gazette.delivery.worker.WorkerPool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The servers and worker pools a test starts by hand while the application's own workers are off
 * ({@link ManualWorkersProfile}): each pool stands for an instance. Everything is closed after the test, the most
 * recently started first.
 */
final class ManualPools implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final WorkerContext context;
    private final List<AutoCloseable> open = new ArrayList<>();

    ManualPools(WorkerContext context) {
        this.context = context;
    }

    MisbehavingSmtpServer server() {
        MisbehavingSmtpServer server = MisbehavingSmtpServer.start();
        open.add(server);
        return server;
    }

    /** A pool under the instance's configured throughput limits. */
    void pool(String name, MisbehavingSmtpServer server, int threads) {
        start(new WorkerPool(context, smtp(server, READ_TIMEOUT), name), threads);
    }

    /** A one-thread pool with its own limits and read timeout, as another instance would have. */
    void pool(String name, MisbehavingSmtpServer server, Duration readTimeout, SendThrottle throttle) {
        start(new WorkerPool(context, smtp(server, readTimeout), throttle, name), 1);
    }

    /** Runs {@code step} after the test, before closing anything started until now. */
    void onClose(AutoCloseable step) {
        open.add(step);
    }

    static Map<String, Long> byRecipient(MisbehavingSmtpServer server) {
        return server.received().stream().flatMap(m -> m.recipients().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Override
    public void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
    }

    private SmtpPool smtp(MisbehavingSmtpServer server, Duration readTimeout) {
        SmtpPool smtp = SmtpPool.of(SmtpSettings.of(server.host(), server.port())
                .withTimeouts(CONNECT_TIMEOUT, readTimeout, READ_TIMEOUT));
        open.add(smtp);
        return smtp;
    }

    private void start(WorkerPool pool, int threads) {
        open.add(pool);
        pool.start(threads);
    }
}
