package io.gazette.security.audit;

import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.time.DisplayTimes;
import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An {@link AuditQuery} as a Panache query: the one place the filter's meaning is spelled, for the API and the page. */
record AuditConditions(String where, Parameters parameters) {

    /** Escape character for LIKE; '!' rather than '\', whose treatment differs between databases. */
    private static final char ESCAPE = '!';

    static AuditConditions of(AuditQuery query, DisplayTimes times) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.action() != null) {
            where.add(query.actionIsFamily() ? "action like :action" : "action = :action");
            parameters.and("action", query.actionIsFamily() ? query.action() + "%" : query.action());
        }
        if (query.actor() != null) {
            where.add("lower(actor) like :actor escape '" + ESCAPE + "'");
            parameters.and("actor", "%" + escapeLike(query.actor().toLowerCase(Locale.ROOT)) + "%");
        }
        LocalDate from = query.fromDay();
        LocalDate to = query.toDay();
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before the first day (" + from + ")");
        }
        if (from != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", times.startOf(from));
        }
        if (to != null) {
            // The whole last day: up to the start of the next one.
            Instant until = times.startOf(to.plusDays(1));
            where.add("occurredAt < :until");
            parameters.and("until", until);
        }
        return new AuditConditions(String.join(" and ", where), parameters);
    }

    boolean none() {
        return where.isEmpty();
    }

    private static String escapeLike(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
