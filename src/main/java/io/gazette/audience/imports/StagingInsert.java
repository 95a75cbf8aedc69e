package io.gazette.audience.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Stages good rows with multi-row INSERTs of up to {@link #ROWS_PER_STATEMENT} rows: one round trip and one
 * statement execution per few hundred rows, where JDBC batching of single-row inserts costs one execution each.
 */
@ApplicationScoped
public class StagingInsert {

    static final int ROWS_PER_STATEMENT = 500;

    void insert(Connection connection, long jobId, List<CsvLine.Row> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<CsvLine.Row> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = ImportSql.STAGE_COLUMNS + String.join(", ", java.util.Collections.nCopies(slice.size(), ImportSql.STAGE_ROW));
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
