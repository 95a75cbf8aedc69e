package io.gazette.delivery.queue;

import io.agroal.api.AgroalDataSource;
import io.gazette.audience.MailableRecipients;
import io.gazette.delivery.send.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The delivery rows as a work queue shared by every worker of every instance through the database alone. Workers
 * claim batches with {@code FOR UPDATE SKIP LOCKED}, so two never hold the same row; a claim is a lease, and rows
 * whose lease ran out (their instance died) are put back by {@link #reclaimExpired}. Every write after the claim is
 * fenced by the claim's token.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final String SEND_CANCELLED = "EXISTS (SELECT 1 FROM send_job j WHERE j.id = delivery.send_id AND j.status = 'CANCELLED')";

    private static final String PICK = "SELECT d.id, d.subscriber_id, d.list_id, d.email, d.name, d.attributes, d.attempts,"
            + " CASE WHEN " + MailableRecipients.STILL_MAILABLE_CONDITION + " THEN 1 ELSE 0 END AS mailable"
            + " FROM delivery d WHERE d.send_id = ? AND d.status = 'QUEUED' AND d.next_attempt_at <= ?"
            + " ORDER BY d.next_attempt_at, d.id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";

    /** A retry of a send cancelled meanwhile is cancelled instead, so no row of a cancelled send waits in the queue. */
    private static final String RECORD = "UPDATE delivery SET status = CASE WHEN ? <> 'QUEUED' THEN ? WHEN " + SEND_CANCELLED
            + " THEN 'CANCELLED' ELSE 'QUEUED' END, attempts = attempts + 1, uncertain_attempts = uncertain_attempts + ?,"
            + " next_attempt_at = ?, reply_code = ?, last_reply = ?, message_id = ?, sent_at = ?, claim_token = NULL,"
            + " lease_until = NULL, updated_at = ? WHERE id = ? AND claim_token = ?";

    private static final int REPLY_LENGTH = 1000;

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public DeliveryQueue(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Takes up to {@code size} due rows of a send for {@code lease}. Rows whose recipient may no longer be mailed are
     * marked {@code SKIPPED} in the same transaction and come back with {@code mailable = false}.
     */
    @Transactional
    public Claim claim(long sendId, int size, Duration lease) {
        Instant now = clock.instant();
        Claim claim = new Claim(sendId, UUID.randomUUID().toString(), now.plus(lease), List.of());
        try (Connection connection = dataSource.getConnection()) {
            List<ClaimedDelivery> rows = pick(connection, sendId, size, now);
            if (rows.isEmpty()) {
                return claim;
            }
            List<Long> held = rows.stream().filter(ClaimedDelivery::mailable).map(ClaimedDelivery::id).toList();
            List<Long> skipped = rows.stream().filter(r -> !r.mailable()).map(ClaimedDelivery::id).toList();
            update(connection, "UPDATE delivery SET status = 'CLAIMED', claim_token = ?, lease_until = ?, updated_at = ? WHERE id IN ",
                    held, claim.token(), time(claim.leaseUntil()), time(now));
            update(connection, "UPDATE delivery SET status = 'SKIPPED', last_reply = 'no longer subscribed or suppressed',"
                    + " updated_at = ? WHERE id IN ", skipped, time(now));
            return new Claim(sendId, claim.token(), claim.leaseUntil(), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim deliveries of send " + sendId, e);
        }
    }

    /** Writes the outcomes of a claim's attempts; returns how many rows were still this claim's to write. */
    @Transactional
    public int record(Claim claim, List<DeliveryResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = time(clock.instant());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECORD)) {
            for (DeliveryResult result : results) {
                statement.setString(1, result.status().name());
                statement.setString(2, result.status().name());
                statement.setInt(3, result.uncertain() ? 1 : 0);
                statement.setObject(4, time(result.nextAttemptAt()));
                statement.setInt(5, result.replyCode());
                statement.setString(6, truncate(result.reply()));
                statement.setString(7, result.messageId());
                statement.setObject(8, result.sentAt() == null ? null : time(result.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(9, now);
                statement.setLong(10, result.id());
                statement.setString(11, claim.token());
                statement.addBatch();
            }
            int written = 0;
            for (int count : statement.executeBatch()) {
                written += Math.max(count, 0);
            }
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record deliveries of send " + claim.sendId(), e);
        }
    }

    /**
     * Extends to {@code until} the lease of the rows this claim still holds, and says how many those are. Fewer than the
     * worker expects means rows were taken from it: its lease ran out and another worker may be mailing them (or the
     * send was cancelled). Such a worker must stop mailing at once.
     */
    @Transactional
    public int renew(Claim claim, Instant until) {
        return execute("UPDATE delivery SET lease_until = ? WHERE claim_token = ? AND status = 'CLAIMED'", time(until), claim.token());
    }

    /**
     * Ends a claim: the rows it still holds go back in the queue, untouched (a pause, a shutdown, a batch cut short).
     * Rows of a send that was cancelled meanwhile are cancelled instead, and rows the cancel already marked lose the
     * token they kept for this worker's last outcomes. Returns how many rows the claim still had.
     */
    @Transactional
    public int release(Claim claim) {
        return execute("UPDATE delivery SET status = CASE WHEN status <> 'CLAIMED' THEN status WHEN " + SEND_CANCELLED
                + " THEN 'CANCELLED' ELSE 'QUEUED' END, claim_token = NULL, lease_until = NULL WHERE claim_token = ?", claim.token());
    }

    /** Puts back rows of a send whose lease ran out: their worker died or lost the database. */
    @Transactional
    public int reclaimExpired(long sendId) {
        return execute("UPDATE delivery SET status = 'QUEUED', claim_token = NULL, lease_until = NULL"
                + " WHERE send_id = ? AND status = 'CLAIMED' AND lease_until < ?", sendId, time(clock.instant()));
    }

    /**
     * Marks every recipient without an outcome cancelled, those a worker holds included: whether that worker is alive
     * or died, none of its rows stays CLAIMED. Held rows keep their claim token, so a live worker that mailed one of them
     * before it noticed the cancel still records what it did; its next renewal comes back short and it stops.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelQueued(long sendId) {
        return execute("UPDATE delivery SET status = 'CANCELLED', updated_at = ? WHERE send_id = ? AND status IN ('QUEUED', 'CLAIMED')",
                time(clock.instant()), sendId);
    }

    /** Recipients without a final outcome: queued (including those waiting for a retry) or held by a worker. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unfinished(long sendId) {
        return count("SELECT COUNT(*) FROM delivery WHERE send_id = ? AND status IN ('QUEUED', 'CLAIMED')", sendId);
    }

    /** Recipients queued across all sends that are running: the queue depth. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long depth() {
        return count("SELECT COUNT(*) FROM delivery d WHERE d.status IN ('QUEUED', 'CLAIMED') AND d.send_id IN"
                + " (SELECT j.id FROM send_job j WHERE j.status = 'RUNNING')");
    }

    private static List<ClaimedDelivery> pick(Connection connection, long sendId, int size, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PICK)) {
            statement.setLong(1, sendId);
            statement.setObject(2, time(now));
            statement.setInt(3, size);
            List<ClaimedDelivery> rows = new ArrayList<>(size);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ClaimedDelivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8) == 1));
                }
            }
            return rows;
        }
    }

    /** Runs {@code sql} followed by {@code IN (ids)}; the leading parameters come first. */
    private static void update(Connection connection, String sql, List<Long> ids, Object... leading) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql + in)) {
            int i = 1;
            for (Object value : leading) {
                statement.setObject(i++, value);
            }
            for (Long id : ids) {
                statement.setLong(i++, id);
            }
            statement.executeUpdate();
        }
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery queue update failed: " + e.getMessage(), e);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery queue query failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String reply) {
        if (reply == null) {
            return null;
        }
        String oneLine = reply.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= REPLY_LENGTH ? oneLine : oneLine.substring(0, REPLY_LENGTH);
    }
}
