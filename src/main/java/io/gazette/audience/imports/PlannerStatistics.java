package io.gazette.audience.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Refreshes PostgreSQL's planner statistics on tables an import has just filled. A fresh or nearly empty table has
 * none, and PostgreSQL then plans the chunk joins as nested loops over sequential scans: minutes instead of
 * milliseconds. Once sampled, estimates scale with the table's size by themselves, so the first chunk is enough.
 * H2 plans by its indexes and needs nothing.
 */
final class PlannerStatistics {

    private PlannerStatistics() {
    }

    static void refresh(Connection connection, String table) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table);
        }
    }
}
