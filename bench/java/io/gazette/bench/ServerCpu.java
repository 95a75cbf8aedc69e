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

/**
 * CPU seconds spent by this JVM and by the PostgreSQL backends serving this database, read from {@code /proc} (the
 * database runs on this host). On a machine shared with other work, wall-clock rates depend on the neighbours; CPU
 * seconds per row do not, and tell what the import itself costs.
 */
final class ServerCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final DataSource dataSource;
    private final long jvmStart;
    private final Map<Long, Long> backendsStart;
    private final Map<String, Long> threadsStart;

    ServerCpu(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jvmStart = jvmCpuNanos();
        this.backendsStart = backendTicks();
        this.threadsStart = threadTicks();
    }

    /** CPU seconds of this JVM's busiest thread groups (GC, JIT, import, ...) since the start. */
    Map<String, Double> jvmThreads() {
        Map<String, Double> seconds = new java.util.TreeMap<>();
        threadTicks().forEach((thread, ticks) -> {
            String group = thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9#]+$", "").strip();
            seconds.merge(group, (ticks - threadsStart.getOrDefault(thread, 0L)) / TICKS_PER_SECOND, Double::sum);
        });
        seconds.values().removeIf(s -> s < 0.3);
        return seconds;
    }

    double jvmSeconds() {
        return (jvmCpuNanos() - jvmStart) / 1e9;
    }

    /** CPU of the backends since the start; backends that appeared meanwhile count in full. NaN if unreadable. */
    double postgresSeconds() {
        Map<Long, Long> now = backendTicks();
        if (now.isEmpty()) {
            return Double.NaN;
        }
        long ticks = 0;
        for (Map.Entry<Long, Long> backend : now.entrySet()) {
            ticks += backend.getValue() - backendsStart.getOrDefault(backend.getKey(), 0L);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Per thread of this process: "tid name" to CPU ticks. */
    private static Map<String, Long> threadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String name = Files.readString(task.resolve("comm")).strip();
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException e) {
                    // The thread ended while we looked.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private Map<Long, Long> backendTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                long pid = rs.getLong(1);
                Path stat = Path.of("/proc", Long.toString(pid), "stat");
                if (Files.isReadable(stat)) {
                    String text = Files.readString(stat);
                    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                }
            }
        } catch (SQLException | IOException e) {
            return Map.of();
        }
        return ticks;
    }
}
