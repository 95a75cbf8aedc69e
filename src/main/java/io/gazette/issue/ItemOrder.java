package io.gazette.issue;

import io.gazette.shared.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps an issue's items numbered 1..n. Every structural change edits the ordered list and renumbers it,
 * so positions can never have gaps or duplicates.
 */
final class ItemOrder {

    /** How many ids an error names at most. */
    private static final int SAMPLE_SIZE = 10;

    private ItemOrder() {
    }

    /** Inserts at a 1-based position; null or a position past the end appends. */
    static void insert(List<Item> items, Item item, Integer position) {
        int index = position == null ? items.size() : clampIndex(position, items.size() + 1, "position");
        items.add(index, item);
        renumber(items);
    }

    static void remove(List<Item> items, Item item) {
        items.remove(item);
        renumber(items);
    }

    static void move(List<Item> items, Item item, int position) {
        int index = clampIndex(position, items.size(), "position");
        items.remove(item);
        items.add(index, item);
        renumber(items);
    }

    /** Applies a complete new order; the ids must be exactly the issue's current items. */
    static void reorder(List<Item> items, List<Long> ids) {
        Set<Long> current = items.stream().map(i -> i.id).collect(Collectors.toSet());
        Set<Long> requested = new HashSet<>(ids);
        if (requested.size() != ids.size()) {
            throw ProblemException.invalid("ids", "lists an item more than once");
        }
        if (!requested.equals(current)) {
            Set<Long> missing = new HashSet<>(current);
            missing.removeAll(requested);
            Set<Long> unknown = new HashSet<>(requested);
            unknown.removeAll(current);
            throw ProblemException.conflict("The new order must list exactly the issue's " + current.size()
                    + " current items" + (missing.isEmpty() ? "" : "; it leaves out " + sample(missing))
                    + (unknown.isEmpty() ? "" : "; it lists ids that are not items of this issue: " + sample(unknown))
                    + "; reload and try again");
        }
        Map<Long, Item> byId = items.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Item> reordered = new ArrayList<>(ids.stream().map(byId::get).toList());
        items.clear();
        items.addAll(reordered);
        renumber(items);
    }

    static void renumber(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position = i + 1;
        }
    }

    private static int clampIndex(int position, int maxPosition, String field) {
        if (position < 1 || position > maxPosition) {
            throw ProblemException.invalid(field, "must be between 1 and " + maxPosition);
        }
        return position - 1;
    }

    /** The first few ids, lowest first: an answer listing every id of a huge request would be as huge as it. */
    private static String sample(Set<Long> ids) {
        List<Long> first = ids.stream().sorted().limit(SAMPLE_SIZE).toList();
        String listed = first.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > SAMPLE_SIZE ? listed + " and " + (ids.size() - SAMPLE_SIZE) + " more" : listed;
    }
}
