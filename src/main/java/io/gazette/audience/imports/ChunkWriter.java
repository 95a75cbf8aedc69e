package io.gazette.audience.imports;

import io.agroal.api.AgroalDataSource;
import io.gazette.audience.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one staged chunk in one transaction: report rejected lines, duplicates and blocked addresses, apply the
 * rest with a handful of set-based statements and add the chunk to the job's counters. A chunk is all or nothing,
 * so the counters always match what was written.
 */
@ApplicationScoped
public class ChunkWriter {

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public ChunkWriter(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes the chunk; returns false, writing nothing, when the job was asked to stop. */
    @Transactional
    public boolean write(long jobId, ImportOptions options, ImportChunk chunk) {
        try (Connection connection = dataSource.getConnection()) {
            if (cancelRequested(connection, jobId)) {
                return false;
            }
            PostgresBulkLoad.asynchronousCommit(connection);
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            Object[] range = {jobId, chunk.firstLine(), chunk.lastLine()};
            reportRejected(connection, jobId, chunk);
            if (chunk.isFirst()) {
                PostgresBulkLoad.refreshStatistics(connection, "import_row");
            }
            long skipped = skip(connection, ImportSql.REPORT_DUPLICATES, chunk, jobId);
            if (options.mode() == ImportMode.SUBSCRIBE) {
                skipped += skip(connection, ImportSql.REPORT_BLOCKED, chunk, jobId);
            }
            updateExisting(connection, options, range, now);
            String newStatus = options.mode() == ImportMode.BLOCKLIST ? "BLOCKLISTED" : "ACTIVE";
            int created = update(connection, ImportSql.INSERT_NEW, newStatus, "import:" + jobId, now, now,
                    range[0], range[1], range[2]);
            if (chunk.isFirst()) {
                PostgresBulkLoad.refreshStatistics(connection, "subscriber");
            }
            if (options.mode() == ImportMode.SUBSCRIBE) {
                subscribe(connection, options, range, now);
            }
            update(connection, ImportSql.PROGRESS, chunk.size(), chunk.rows().size() - skipped, created,
                    skipped + chunk.count(LineReason.Outcome.SKIPPED), chunk.count(LineReason.Outcome.FAILED),
                    chunk.bytesRead(), now, jobId);
            return true;
        } catch (SQLException e) {
            throw new ImportFailure("database error at lines " + chunk.firstLine() + "-" + chunk.lastLine() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reports staged rows that must not be applied, drops them from staging, and returns how many they were. */
    private static int skip(Connection connection, String report, ImportChunk chunk, long jobId) throws SQLException {
        int skipped = update(connection, report, jobId, chunk.firstLine(), chunk.lastLine());
        if (skipped > 0) {
            update(connection, ImportSql.DROP_SKIPPED, jobId, jobId, chunk.firstLine(), chunk.lastLine());
        }
        return skipped;
    }

    /** Overwrites names and attributes, and/or blocklists, the subscribers the chunk names that already exist. */
    private static void updateExisting(Connection connection, ImportOptions options, Object[] range, OffsetDateTime now)
            throws SQLException {
        List<String> sets = new ArrayList<>();
        if (options.overwrite()) {
            sets.add(ImportSql.SET_OVERWRITE);
        }
        if (options.mode() == ImportMode.BLOCKLIST) {
            sets.add(ImportSql.SET_BLOCKLISTED);
        }
        if (!sets.isEmpty()) {
            update(connection, ImportSql.UPDATE_EXISTING.formatted(String.join(", ", sets)), range[0], range[1], range[2], now);
        }
    }

    private static void subscribe(Connection connection, ImportOptions options, Object[] range, OffsetDateTime now)
            throws SQLException {
        boolean confirmed = options.status() == SubscriptionStatus.CONFIRMED;
        for (Long listId : options.lists()) {
            update(connection, ImportSql.INSERT_SUBSCRIPTIONS, listId, options.status().name(), now,
                    confirmed ? now : null, range[0], range[1], range[2]);
        }
    }

    private static boolean cancelRequested(Connection connection, long jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ImportSql.CANCEL_REQUESTED)) {
            statement.setLong(1, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        }
    }

    private static void reportRejected(Connection connection, long jobId, ImportChunk chunk) throws SQLException {
        if (chunk.rejected().isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(ImportSql.INSERT_ERROR)) {
            for (CsvLine.Rejected line : chunk.rejected()) {
                statement.setLong(1, jobId);
                statement.setLong(2, line.number());
                statement.setString(3, line.reason().outcome().name());
                statement.setString(4, line.reason().name());
                statement.setString(5, line.detail());
                statement.setString(6, line.text());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                // The one nullable parameter is a timestamp (confirmed_at of unconfirmed imports).
                if (params[i] == null) {
                    statement.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setObject(i + 1, params[i]);
                }
            }
            return statement.executeUpdate();
        }
    }
}
