package db.migration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V12 on rows written as older versions stored them: one mailbox under two spellings, merged without losing consent.
 * Runs {@link MailboxMerge} itself on planted rows, since the test database is already migrated.
 */
@QuarkusTest
class MailboxMergeTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-01-01T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theJavaMigrationIsFoundAndApplied() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(strings(c, "SELECT description FROM \"flyway_schema_history\" WHERE \"version\" = '12' AND \"success\""))
                    .containsExactly("canonical email domains");
        }
    }

    @Test
    void mergesTheSpellingsOfOneMailboxKeepingTheOlderSubscriberAndTheEarliestConsent() throws SQLException {
        String local = "merge-" + UUID.randomUUID().toString().substring(0, 8);
        String unicode = local + "@bücher.de";
        String ascii = local + "@xn--bcher-kva.de";
        try (Connection c = dataSource.getConnection()) {
            long shared = list(c, "shared");
            long onlyNewer = list(c, "only-newer");
            long older = subscriber(c, unicode, null, T0);
            long newer = subscriber(c, ascii, "Nina", T0.plusDays(5));
            subscription(c, older, shared, "UNCONFIRMED", T0.plusDays(3), "10.0.0.1", "IMPORT", null);
            subscription(c, newer, shared, "CONFIRMED", T0.plusDays(1), "10.0.0.2", "FORM", T0.plusDays(2));
            subscription(c, newer, onlyNewer, "CONFIRMED", T0.plusDays(6), "10.0.0.3", "FORM", T0.plusDays(6));
            exec(c, "INSERT INTO suppression (email, reason, created_at) VALUES (?, 'UNSUBSCRIBED_ALL', ?)", ascii, T0.plusDays(9));
            exec(c, "INSERT INTO suppression (email, reason, created_at) VALUES (?, 'HARD_BOUNCE', ?)", unicode, T0.plusDays(8));

            new MailboxMerge(c).run();

            assertThat(strings(c, "SELECT id || ' ' || email || ' ' || name FROM subscriber WHERE email LIKE ?", local + "%"))
                    .containsExactly(older + " " + ascii + " Nina");
            assertThat(strings(c, "SELECT list_id || ' ' || status || ' ' || consent_ip || ' ' || consent_method || ' ' "
                    + "|| COALESCE(confirmed_ip, '-') FROM subscription WHERE subscriber_id = ? ORDER BY list_id", older))
                    .containsExactly(shared + " CONFIRMED 10.0.0.2 FORM -", onlyNewer + " CONFIRMED 10.0.0.3 FORM -");
            assertThat(strings(c, "SELECT email || ' ' || reason FROM suppression WHERE email LIKE ?", local + "%"))
                    .containsExactly(ascii + " HARD_BOUNCE");
        }
    }

    private static long list(Connection c, String slug) throws SQLException {
        String unique = slug + "-" + UUID.randomUUID().toString().substring(0, 8);
        exec(c, "INSERT INTO mailing_list (slug, name, visibility, opt_in, created_at, updated_at, version) "
                + "VALUES (?, ?, 'PRIVATE', 'SINGLE', ?, ?, 0)", unique, unique, T0, T0);
        return Long.parseLong(strings(c, "SELECT id FROM mailing_list WHERE slug = ?", unique).get(0));
    }

    private static long subscriber(Connection c, String email, String name, OffsetDateTime createdAt) throws SQLException {
        exec(c, "INSERT INTO subscriber (email, name, status, source, created_at, updated_at) VALUES (?, ?, 'ACTIVE', 'api', ?, ?)",
                email, name, createdAt, createdAt);
        return Long.parseLong(strings(c, "SELECT id FROM subscriber WHERE email = ?", email).get(0));
    }

    private static void subscription(Connection c, long subscriber, long list, String status, OffsetDateTime consentAt,
                                     String ip, String method, OffsetDateTime confirmedAt) throws SQLException {
        exec(c, "INSERT INTO subscription (subscriber_id, list_id, status, consent_at, consent_ip, consent_method, "
                + "confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", subscriber, list, status, consentAt, ip, method, confirmedAt);
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
