package io.gazette.delivery.send;

import io.gazette.shared.access.Scope;
import io.gazette.shared.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads where sends stand, counted from their delivery rows, so every instance reports the same figures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SendProgress {

    /** The current rate counts the messages accepted within this span. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    /**
     * Recipients by outcome; {@code retrying} are queued again after a temporary failure; {@code possibleDoubles} the
     * most second copies that uncertain attempts can have caused (see {@link #POSSIBLE_DOUBLES}).
     */
    record Counts(long sent, long retrying, long failed, long bounced, long skipped, long cancelled, long remaining,
                  long possibleDoubles) {
    }

    /**
     * Per recipient, how many copies beyond one they may have: each uncertain attempt may have delivered a copy, and so
     * did the attempt that ended SENT; a recipient who never got a SENT may have had one of the uncertain copies as
     * their only one.
     */
    static final String POSSIBLE_DOUBLES = "SUM(CASE WHEN status = 'SENT' THEN uncertain_attempts"
            + " WHEN uncertain_attempts > 0 THEN uncertain_attempts - 1 ELSE 0 END)";

    private final EntityManager em;
    private final Clock clock;

    public SendProgress(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public SendView view(SendJob send) {
        Instant now = clock.instant();
        return SendView.of(send, lists(send.id), counts(send.id), rate(send.id, now), now);
    }

    public List<SendView> ofIssue(long issueId) {
        return em.createQuery("from SendJob j where j.issueId = ?1 order by j.id desc", SendJob.class)
                .setParameter(1, issueId).getResultList().stream().map(this::view).toList();
    }

    /** Sends in any of these states, of issues of the newsletters in {@code scope}, newest first. */
    public List<SendView> withStatus(Set<SendStatus> statuses, Scope scope, int limit) {
        if (scope.isNothing()) {
            return List.of();
        }
        var query = scope.isEvery()
                ? em.createQuery("from SendJob j where j.status in ?1 order by j.id desc", SendJob.class)
                : em.createQuery("from SendJob j where j.status in ?1 and j.issueId in"
                        + " (select i.id from Issue i where i.newsletter.id in ?2) order by j.id desc", SendJob.class)
                        .setParameter(2, scope.granted());
        return query.setParameter(1, statuses).setMaxResults(limit).getResultList().stream().map(this::view).toList();
    }

    /** A send's recipients in id order, optionally of one status, one keyset page at a time. */
    public KeysetPage<DeliveryView> deliveries(long sendId, DeliveryStatus status, long after, int limit) {
        var query = em.createNativeQuery("SELECT id, subscriber_id, email, status, attempts, uncertain_attempts, reply_code,"
                        + " last_reply, next_attempt_at, sent_at FROM delivery WHERE send_id = ?1 AND id > ?2"
                        + (status == null ? "" : " AND status = ?4") + " ORDER BY id FETCH FIRST ?3 ROWS ONLY")
                .setParameter(1, sendId).setParameter(2, after).setParameter(3, limit + 1);
        if (status != null) {
            query.setParameter(4, status.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DeliveryView> views = rows.stream().map(SendProgress::delivery).toList();
        return KeysetPage.of(views, limit, DeliveryView::id);
    }

    private Counts counts(long sendId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), "
                + POSSIBLE_DOUBLES + " FROM delivery WHERE send_id = ?1 GROUP BY status").setParameter(1, sendId).getResultList();
        Map<DeliveryStatus, long[]> by = new EnumMap<>(DeliveryStatus.class);
        long possibleDoubles = 0;
        for (Object[] row : rows) {
            by.put(DeliveryStatus.valueOf((String) row[0]), new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            possibleDoubles += ((Number) row[3]).longValue();
        }
        long queued = get(by, DeliveryStatus.QUEUED, 0);
        long claimed = get(by, DeliveryStatus.CLAIMED, 0);
        return new Counts(get(by, DeliveryStatus.SENT, 0), get(by, DeliveryStatus.QUEUED, 1), get(by, DeliveryStatus.FAILED, 0),
                get(by, DeliveryStatus.BOUNCED, 0), get(by, DeliveryStatus.SKIPPED, 0), get(by, DeliveryStatus.CANCELLED, 0),
                queued + claimed, possibleDoubles);
    }

    private double rate(long sendId, Instant now) {
        Number sent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM delivery WHERE send_id = ?1 AND sent_at > ?2")
                .setParameter(1, sendId).setParameter(2, now.minus(RATE_WINDOW)).getSingleResult();
        return sent.longValue() / (double) RATE_WINDOW.toSeconds();
    }

    private List<Long> lists(long sendId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT list_id FROM send_list WHERE send_id = ?1 ORDER BY list_id")
                .setParameter(1, sendId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static long get(Map<DeliveryStatus, long[]> by, DeliveryStatus status, int column) {
        long[] values = by.get(status);
        return values == null ? 0 : values[column];
    }

    private static DeliveryView delivery(Object[] r) {
        return new DeliveryView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                DeliveryStatus.valueOf((String) r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], instant(r[8]), instant(r[9]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }
}
