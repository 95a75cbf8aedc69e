package io.gazette.issue;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Every item id of the issue, in the new order. */
public record ReorderRequest(@NotNull List<@NotNull Long> ids) {
}
