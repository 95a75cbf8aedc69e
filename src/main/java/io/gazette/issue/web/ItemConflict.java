package io.gazette.issue.web;

import java.util.List;

/** Another editor saved the item being edited: who, and each field where their text differs from the typed one. */
public record ItemConflict(String who, List<FieldChange> changes) {
}
