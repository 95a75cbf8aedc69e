package io.gazette.issue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields where the text another editor saved differs from the text this editor typed, for the stale-edit views
 * of the issue and of an item. Blank and missing count as the same, as they do when a form is saved.
 */
final class FieldChanges {

    private final List<FieldChange> changes = new ArrayList<>();

    FieldChanges compare(String label, String theirs, String mine) {
        if (!Objects.equals(blankToEmpty(theirs), blankToEmpty(mine))) {
            changes.add(new FieldChange(label, blankToEmpty(theirs)));
        }
        return this;
    }

    List<FieldChange> list() {
        return List.copyOf(changes);
    }

    static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
