package io.gazette.audience.list;

import java.time.LocalDate;
import java.util.List;

/** Day-by-day growth of every list: {@code days} in order, and per list one value per day in each series. */
public record GrowthReport(List<LocalDate> days, List<Series> lists) {

    /** One list: confirmed sign-ups, members who left, and the member count at the end of each day. */
    public record Series(long listId, String name, List<Long> joined, List<Long> left, List<Long> members) {

        public long joinedTotal() {
            return joined.stream().mapToLong(Long::longValue).sum();
        }

        public long leftTotal() {
            return left.stream().mapToLong(Long::longValue).sum();
        }

        public long membersNow() {
            return members.isEmpty() ? 0 : members.get(members.size() - 1);
        }
    }
}
