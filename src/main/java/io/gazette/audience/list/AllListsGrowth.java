package io.gazette.audience.list;

import io.gazette.shared.problem.ProblemException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each list grew day by day (UTC days), read from the consent records: a member joins on the day their
 * subscription was confirmed and leaves on the day it was ended. The member count of a past day is worked back from
 * today's count, so it agrees with the list's own figures; people erased since then no longer count on any day.
 * Days are bucketed as whole epoch days in SQL, which reads the same on H2 and PostgreSQL whatever the session's zone.
 * The answer is cached for a minute (it scans the recent subscriptions, which after a big import may be many), for
 * every list at once; {@link ListGrowth} narrows it to the lists the person asking may see, after the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AllListsGrowth {

    public static final int MAX_DAYS = 366;

    private final EntityManager em;
    private final ListService lists;
    private final Clock clock;

    AllListsGrowth(EntityManager em, ListService lists, Clock clock) {
        this.em = em;
        this.lists = lists;
        this.clock = clock;
    }

    @CacheResult(cacheName = "list-growth")
    public GrowthReport lastDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw ProblemException.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        long today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
        long first = today - days + 1;
        Instant since = LocalDate.ofEpochDay(first).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, long[]> joined = perDay("confirmed_at", "", since, first, days);
        Map<Long, long[]> left = perDay("unsubscribed_at", " AND confirmed_at IS NOT NULL", since, first, days);
        List<GrowthReport.Series> series = new ArrayList<>();
        for (ListView list : lists.everyList()) {
            long[] in = joined.getOrDefault(list.id(), new long[days]);
            long[] out = left.getOrDefault(list.id(), new long[days]);
            series.add(new GrowthReport.Series(list.id(), list.name(), toList(in), toList(out),
                    toList(membersEachDay(list.members().confirmed(), in, out))));
        }
        List<LocalDate> dayList = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            dayList.add(LocalDate.ofEpochDay(first + i));
        }
        return new GrowthReport(dayList, series);
    }

    /** Members at the end of each day: today's count, less those who joined later, plus those who left later. */
    static long[] membersEachDay(long membersNow, long[] joined, long[] left) {
        long[] members = new long[joined.length];
        long count = membersNow;
        for (int day = joined.length - 1; day >= 0; day--) {
            members[day] = count;
            count = count - joined[day] + left[day];
        }
        return members;
    }

    private Map<Long, long[]> perDay(String column, String condition, Instant since, long firstDay, int days) {
        String day = "FLOOR(EXTRACT(EPOCH FROM " + column + ") / 86400)";
        List<?> rows = em.createNativeQuery("SELECT list_id, " + day + ", COUNT(*) FROM subscription WHERE " + column
                        + " >= ?1" + condition + " GROUP BY list_id, " + day)
                .setParameter(1, since).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            int index = (int) (((Number) cells[1]).longValue() - firstDay);
            if (index >= 0 && index < days) {
                counts.computeIfAbsent(((Number) cells[0]).longValue(), id -> new long[days])[index] += ((Number) cells[2]).longValue();
            }
        }
        return counts;
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
