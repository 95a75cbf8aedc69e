package io.gazette.bench;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU seconds spent by this JVM (per thread group) and by the PostgreSQL backends serving this database, read from
 * {@code /proc} (the database runs on this host). On a machine shared with other work, wall-clock rates depend on
 * the neighbours; CPU seconds per row do not, and tell what the import itself costs.
 */
final class ServerCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final DataSource dataSource;
    private final long jvmStart;
    private final Map<Long, Long> backendsStart;
    private final Map<String, Long> threadsStart;
    private final Map<String, Long> threadsLastSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cpu-sampler");
        thread.setDaemon(true);
        return thread;
    });

    ServerCpu(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jvmStart = jvmCpuNanos();
        this.backendsStart = backendTicks();
        this.threadsStart = threadTicks();
        // Threads that end before the run does (the CSV reader) are only seen by sampling.
        sampler.scheduleAtFixedRate(() -> threadsLastSeen.putAll(threadTicks()), 0, 500, TimeUnit.MILLISECONDS);
    }

    double jvmSeconds() {
        return (jvmCpuNanos() - jvmStart) / 1e9;
    }

    /** CPU of the backends since the start; backends that appeared meanwhile count in full. NaN if unreadable. */
    double postgresSeconds() {
        return postgresBackends().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** CPU seconds of each backend since the start, busiest first; empty if unreadable. */
    java.util.List<Double> postgresBackends() {
        Map<Long, Long> now = backendTicks();
        return now.entrySet().stream()
                .map(backend -> (backend.getValue() - backendsStart.getOrDefault(backend.getKey(), 0L)) / TICKS_PER_SECOND)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** CPU seconds of this JVM's busier thread groups (JIT, GC, import, ...) since the start. */
    Map<String, Double> jvmThreads() {
        sampler.shutdownNow();
        threadsLastSeen.putAll(threadTicks());
        Map<String, Double> seconds = new TreeMap<>();
        threadsLastSeen.forEach((thread, ticks) -> {
            String group = thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9#-]+$", "").strip();
            seconds.merge(group, (ticks - threadsStart.getOrDefault(thread, 0L)) / TICKS_PER_SECOND, Double::sum);
        });
        seconds.values().removeIf(s -> s < 0.3);
        return seconds;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Per thread of this process: "tid name" to CPU ticks. */
    private static Map<String, Long> threadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    ticks.put(task.getFileName() + " " + name, cpuTicks(task.resolve("stat")));
                } catch (IOException | RuntimeException e) {
                    // The thread ended while we looked.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private Map<Long, Long> backendTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                Path stat = Path.of("/proc", Long.toString(rs.getLong(1)), "stat");
                if (Files.isReadable(stat)) {
                    ticks.put(rs.getLong(1), cpuTicks(stat));
                }
            }
        } catch (SQLException | IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** User plus system time of a process or thread, from fields 14 and 15 of its stat file. */
    private static long cpuTicks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
