package io.gazette.audience.subscriber;

import io.gazette.audience.EmailAddresses;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.shared.access.Scope;
import io.gazette.shared.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Which subscribers a search or export covers. Every part is optional: {@code q} is a fragment of the address or
 * name, {@code email} an exact address, {@code list} and {@code subscription} select members of a list (in a given
 * state). Pages are {@code key > after ORDER BY key LIMIT n}: with a list, the key is the subscription's subscriber
 * id so the walk runs along {@code ix_subscription_list_status} or the subscription key; otherwise the subscriber id
 * (primary key, or {@code ix_subscriber_status_id} with a status). docs/audience.md shows the plans at 1M rows.
 */
public record SubscriberFilter(String q, String email, SubscriberStatus status, Long list, SubscriptionStatus subscription) {

    /** A filter from a request's fields, refused when it asks for a subscription state without naming a list. */
    public static SubscriberFilter of(String q, String email, SubscriberStatus status, Long list,
                                      SubscriptionStatus subscription) {
        return new SubscriberFilter(q, email, status, list, subscription).checked();
    }

    /** This filter, if it makes sense: a subscription state is a state on one list. */
    public SubscriberFilter checked() {
        if (subscription != null && list == null) {
            throw ProblemException.invalid("subscription", "needs a list");
        }
        return this;
    }

    /** SQL text with JDBC {@code ?} placeholders and its parameters in order. */
    public record Sql(String text, List<Object> params) {
    }

    /** One page of every subscriber the filter matches: {@code columns} may name {@code s.*} and, with a list, {@code sub.*}. */
    public Sql page(String columns, long after, int limit) {
        return page(columns, after, limit, Scope.every());
    }

    /**
     * One page, of the subscribers with a subscription on a list in {@code reach} only; the filter's own list must
     * already be in reach (it is not checked again here).
     */
    public Sql page(String columns, long after, int limit, Scope reach) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM subscriber s");
        String key = list == null ? "s.id" : "sub.subscriber_id";
        if (list != null) {
            sql.append(" JOIN subscription sub ON sub.subscriber_id = s.id AND sub.list_id = ?");
            params.add(list);
            if (subscription != null) {
                sql.append(" AND sub.status = ?");
                params.add(subscription.name());
            }
        }
        sql.append(" WHERE ").append(key).append(" > ?");
        params.add(after);
        if (list != null) {
            // Said again on the subscriber side: PostgreSQL does not carry a range across a join, and without it a
            // merge join would walk the subscriber key from the start on every page.
            sql.append(" AND s.id > ?");
            params.add(after);
        }
        if (list == null && !reach.isEvery()) {
            sql.append(" AND EXISTS (SELECT 1 FROM subscription r WHERE r.subscriber_id = s.id AND r.list_id IN (")
                    .append(String.join(", ", Collections.nCopies(reach.granted().size(), "?"))).append("))");
            params.addAll(reach.granted());
        }
        if (status != null) {
            sql.append(" AND s.status = ?");
            params.add(status.name());
        }
        if (email != null && !email.isBlank()) {
            sql.append(" AND s.email = ?");
            params.add(EmailAddresses.normalise(email).orElse(email.strip().toLowerCase(Locale.ROOT)));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + likeEscape(q.strip().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (s.email LIKE ? ESCAPE '\\' OR LOWER(s.name) LIKE ? ESCAPE '\\')");
            params.add(pattern);
            params.add(pattern);
        }
        sql.append(" ORDER BY ").append(key).append(" LIMIT ?");
        params.add(limit);
        return new Sql(sql.toString(), params);
    }

    static String likeEscape(String fragment) {
        return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
