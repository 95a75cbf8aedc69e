package db.migration;

import io.gazette.shared.validation.CanonicalMailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of {@link V12__canonical_email_domains}, on a plain connection so a test can run it on rows it planted.
 *
 * <p>Subscribers: of the rows that spell one mailbox, the oldest stays and takes the canonical address; the others
 * hand over their subscriptions and are deleted. A list both were on keeps one subscription whose record loses no
 * consent: the earliest consent, the earliest confirmation, and, if either spelling unsubscribed, the unsubscription
 * (the person said stop under one spelling; mailing the other would ignore that). A blocklisted row blocklists the
 * survivor. Suppressions: one row per mailbox, with the reason that suppresses most (a bounce, complaint or erasure
 * over {@code UNSUBSCRIBED_ALL}, which the person may lift) and the earliest time. Delivery and bounce history take the
 * canonical spelling so erasure and soft-bounce counts find them.
 *
 * <p>It uses the application's {@link CanonicalMailbox} on purpose: the rows must end in exactly the spelling the
 * running service looks them up by. Only rows whose spelling changes are touched, so the usual run is one read.
 */
final class MailboxMerge {

    private final Connection connection;

    MailboxMerge(Connection connection) {
        this.connection = connection;
    }

    void run() throws SQLException {
        mergeSubscribers();
        mergeSuppressions();
        respell("delivery");
        respell("bounce_event");
    }

    private void mergeSubscribers() throws SQLException {
        for (Map.Entry<String, List<Long>> mailbox : mailboxesToRespell("SELECT id, email FROM subscriber").entrySet()) {
            List<Long> ids = new ArrayList<>(mailbox.getValue());
            ids.addAll(ids("SELECT id FROM subscriber WHERE email = ?", mailbox.getKey()));
            ids.sort(Comparator.comparing(this::createdAt).thenComparing(Comparator.naturalOrder()));
            long keeper = ids.get(0);
            for (long duplicate : ids.subList(1, ids.size())) {
                absorb(keeper, duplicate);
            }
            update("UPDATE subscriber SET email = ? WHERE id = ?", mailbox.getKey(), keeper);
        }
    }

    /** Moves everything of {@code duplicate} onto {@code keeper} and deletes it. */
    private void absorb(long keeper, long duplicate) throws SQLException {
        update("UPDATE subscription SET subscriber_id = ? WHERE subscriber_id = ? AND list_id NOT IN "
                + "(SELECT list_id FROM subscription WHERE subscriber_id = ?)", keeper, duplicate, keeper);
        mergeSharedSubscriptions(keeper, duplicate);
        update("UPDATE subscriber SET status = 'BLOCKLISTED' WHERE id = ? AND EXISTS "
                + "(SELECT 1 FROM subscriber WHERE id = ? AND status = 'BLOCKLISTED')", keeper, duplicate);
        update("UPDATE subscriber SET name = (SELECT name FROM subscriber WHERE id = ?) WHERE id = ? AND name IS NULL",
                duplicate, keeper);
        update("UPDATE subscriber SET attributes = (SELECT attributes FROM subscriber WHERE id = ?) "
                + "WHERE id = ? AND attributes IS NULL", duplicate, keeper);
        update("UPDATE delivery SET subscriber_id = ? WHERE subscriber_id = ? AND NOT EXISTS (SELECT 1 FROM delivery d "
                + "WHERE d.send_id = delivery.send_id AND d.subscriber_id = ?)", keeper, duplicate, keeper);
        update("DELETE FROM subscription WHERE subscriber_id = ?", duplicate);
        update("DELETE FROM subscriber WHERE id = ?", duplicate);
    }

    /** Lists both spellings were on: the keeper's subscription takes the earliest consent and confirmation. */
    private void mergeSharedSubscriptions(long keeper, long duplicate) throws SQLException {
        String other = "(SELECT %s FROM subscription o WHERE o.subscriber_id = ? AND o.list_id = subscription.list_id)";
        String shared = " WHERE subscriber_id = ? AND list_id IN (SELECT list_id FROM subscription WHERE subscriber_id = ?)";
        update("UPDATE subscription SET consent_at = " + other.formatted("consent_at") + ", consent_ip = "
                + other.formatted("consent_ip") + ", consent_method = " + other.formatted("consent_method") + shared
                + " AND consent_at > " + other.formatted("consent_at"),
                duplicate, duplicate, duplicate, keeper, duplicate, duplicate);
        update("UPDATE subscription SET confirmed_at = " + other.formatted("confirmed_at") + ", confirmed_ip = "
                + other.formatted("confirmed_ip") + ", status = CASE WHEN status = 'UNCONFIRMED' THEN 'CONFIRMED' "
                + "ELSE status END" + shared + " AND " + other.formatted("confirmed_at") + " IS NOT NULL"
                + " AND (confirmed_at IS NULL OR confirmed_at > " + other.formatted("confirmed_at") + ")",
                duplicate, duplicate, keeper, duplicate, duplicate, duplicate);
        update("UPDATE subscription SET status = 'UNSUBSCRIBED', unsubscribed_at = " + other.formatted("unsubscribed_at")
                + shared + " AND " + other.formatted("status") + " = 'UNSUBSCRIBED'"
                + " AND (unsubscribed_at IS NULL OR unsubscribed_at < " + other.formatted("unsubscribed_at") + ")",
                duplicate, keeper, duplicate, duplicate, duplicate);
    }

    private void mergeSuppressions() throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT email FROM suppression")) {
            while (rs.next()) {
                String email = rs.getString(1);
                String canonical = CanonicalMailbox.orLowerCase(email);
                if (!canonical.equals(email)) {
                    rows.add(new String[] {email, canonical});
                }
            }
        }
        for (String[] row : rows) {
            mergeSuppression(row[0], row[1]);
        }
    }

    /** Folds the suppression of {@code email} into the one of its canonical spelling. */
    private void mergeSuppression(String email, String canonical) throws SQLException {
        if (ids("SELECT 1 FROM suppression WHERE email = ?", canonical).isEmpty()) {
            update("UPDATE suppression SET email = ? WHERE email = ?", canonical, email);
            return;
        }
        update("UPDATE suppression SET reason = (SELECT reason FROM suppression WHERE email = ?) WHERE email = ? "
                + "AND reason = 'UNSUBSCRIBED_ALL'", email, canonical);
        update("UPDATE suppression SET created_at = (SELECT created_at FROM suppression WHERE email = ?) "
                + "WHERE email = ? AND created_at > (SELECT created_at FROM suppression WHERE email = ?)",
                email, canonical, email);
        update("DELETE FROM suppression WHERE email = ?", email);
    }

    /** History tables have no unique address: each row simply takes the canonical spelling. */
    private void respell(String table) throws SQLException {
        for (Map.Entry<String, List<Long>> mailbox : mailboxesToRespell("SELECT id, email FROM " + table).entrySet()) {
            for (long id : mailbox.getValue()) {
                update("UPDATE " + table + " SET email = ? WHERE id = ?", mailbox.getKey(), id);
            }
        }
    }

    /** Canonical spelling to the ids of rows spelt otherwise, for a query of {@code id, email}. */
    private Map<String, List<Long>> mailboxesToRespell(String query) throws SQLException {
        Map<String, List<Long>> mailboxes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(5000);
            try (ResultSet rs = statement.executeQuery(query)) {
                while (rs.next()) {
                    String email = rs.getString(2);
                    String canonical = CanonicalMailbox.orLowerCase(email);
                    if (!canonical.equals(email)) {
                        mailboxes.computeIfAbsent(canonical, c -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
            }
        }
        return mailboxes;
    }

    private OffsetDateTime createdAt(long subscriberId) {
        try (PreparedStatement statement = prepare("SELECT created_at FROM subscriber WHERE id = ?", subscriberId);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read subscriber " + subscriberId, e);
        }
    }

    private List<Long> ids(String query, Object... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(query, params); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params)) {
            statement.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
