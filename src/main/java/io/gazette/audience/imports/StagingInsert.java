package io.gazette.audience.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Stages the good rows of a chunk, in a transaction of its own, ahead of the writer that applies them. Multi-row
 * INSERTs of up to {@link #ROWS_PER_STATEMENT} rows: one round trip and one statement execution per few hundred
 * rows, where JDBC batching of single-row inserts costs one execution each.
 */
@ApplicationScoped
public class StagingInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private final AgroalDataSource dataSource;

    public StagingInsert(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void stage(long jobId, List<CsvLine.Row> rows) {
        try (Connection connection = dataSource.getConnection()) {
            PostgresBulkLoad.asynchronousCommit(connection);
            insert(connection, jobId, rows);
        } catch (SQLException e) {
            throw new ImportFailure("database error while staging: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, long jobId, List<CsvLine.Row> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<CsvLine.Row> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = ImportSql.STAGE_COLUMNS + String.join(", ", Collections.nCopies(slice.size(), ImportSql.STAGE_ROW));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (CsvLine.Row row : slice) {
                    statement.setLong(p++, jobId);
                    statement.setLong(p++, row.number());
                    statement.setString(p++, row.email());
                    statement.setString(p++, row.name());
                    statement.setString(p++, row.attributes());
                }
                statement.executeUpdate();
            }
        }
    }
}
