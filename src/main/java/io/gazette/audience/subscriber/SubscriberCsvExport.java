package io.gazette.audience.subscriber;

import io.agroal.api.AgroalDataSource;
import io.gazette.audience.CsvCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams subscribers as CSV straight from the database to the response, one keyset page at a time, so an export
 * of a million rows holds one page in memory and no transaction open for long.
 */
@ApplicationScoped
public class SubscriberCsvExport {

    private static final int PAGE = 5000;

    private final AgroalDataSource dataSource;

    public SubscriberCsvExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public StreamingOutput stream(SubscriberFilter filter) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            boolean withSubscription = filter.list() != null;
            csv.printRecord(header(withSubscription));
            try (Connection connection = dataSource.getConnection()) {
                long after = 0;
                while (after >= 0) {
                    after = page(connection, csv, filter, after, withSubscription);
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("export failed: " + e.getMessage(), e));
            }
            csv.flush();
        };
    }

    /** Writes one page and returns the last id written, or -1 after the last page. */
    private long page(Connection connection, CSVPrinter csv, SubscriberFilter filter, long after, boolean withSubscription)
            throws SQLException, IOException {
        String columns = "s.id, s.email, s.name, s.status, s.source, s.created_at, s.attributes"
                + (withSubscription ? ", sub.status, sub.consent_at, sub.consent_method" : "");
        SubscriberFilter.Sql sql = filter.page(columns, after, PAGE);
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.params().size(); i++) {
                statement.setObject(i + 1, sql.params().get(i));
            }
            long last = -1;
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    rows++;
                    csv.printRecord(row(rs, withSubscription));
                }
            }
            return rows < PAGE ? -1 : last;
        }
    }

    /** The columns; the import recognises each of them (see docs/audience.md, CSV import). */
    public static List<String> header(boolean withSubscription) {
        List<String> header = new ArrayList<>(List.of("email", "name", "status", "source", "created_at", "attributes"));
        if (withSubscription) {
            header.addAll(List.of("subscription_status", "consent_at", "consent_method"));
        }
        return header;
    }

    private static List<String> row(ResultSet rs, boolean withSubscription) throws SQLException {
        List<String> row = cells(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7));
        if (withSubscription) {
            row.addAll(List.of(rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10)));
        }
        return row;
    }

    /**
     * One subscriber's cells as written: text guarded against formulas ({@link CsvCells#safe}, which the import
     * undoes), the time in ISO-8601, the attributes as their stored JSON text.
     */
    public static List<String> cells(String email, String name, String status, String source, Instant createdAt,
                                     String attributes) {
        return new ArrayList<>(Arrays.asList(CsvCells.safe(email), CsvCells.safe(name), status, CsvCells.safe(source),
                createdAt == null ? "" : createdAt.toString(), CsvCells.safe(attributes)));
    }

    private static String instant(Timestamp timestamp) {
        return timestamp == null ? "" : timestamp.toInstant().toString();
    }
}
