package io.gazette.audience.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * PostgreSQL settings for bulk import transactions; on H2 every method does nothing.
 * <ul>
 *   <li>Asynchronous commit: a chunk does not wait for its WAL to reach the disk. A crash can lose the last chunks
 *   written, but each chunk carries its own progress counters, so what survives is always consistent and the
 *   lost job is marked failed by the sweeper.</li>
 *   <li>Fresh planner statistics on tables an import has just filled: without any, PostgreSQL plans the chunk
 *   joins as nested loops over sequential scans (minutes instead of milliseconds). Once sampled, estimates scale
 *   with the table's size by themselves, so refreshing after the first chunk is enough.</li>
 * </ul>
 */
final class PostgresBulkLoad {

    private PostgresBulkLoad() {
    }

    static void asynchronousCommit(Connection connection) throws SQLException {
        execute(connection, "SET LOCAL synchronous_commit = off");
    }

    static void refreshStatistics(Connection connection, String table) throws SQLException {
        execute(connection, "ANALYZE " + table);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
