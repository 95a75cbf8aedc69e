package io.gazette.shared.paging;

import java.util.List;

/**
 * One page of a list walked in key order. {@code next} is the key to pass as {@code after} for the following page,
 * null on the last page. Unlike offsets, a key seeks straight to its place in the index, so page 10,000 costs what
 * page 1 costs.
 */
public record KeysetPage<T>(List<T> items, String next) {

    /**
     * Builds a page from a query that fetched one row more than {@code limit}: that extra row only tells that a next
     * page exists.
     */
    public static <T> KeysetPage<T> of(List<T> fetched, int limit, java.util.function.Function<T, Object> key) {
        if (fetched.size() <= limit) {
            return new KeysetPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new KeysetPage<>(List.copyOf(page), String.valueOf(key.apply(page.get(limit - 1))));
    }
}
