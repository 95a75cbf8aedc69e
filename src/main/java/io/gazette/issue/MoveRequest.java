package io.gazette.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The 1-based position an item should move to. */
public record MoveRequest(@NotNull @Positive Integer position) {
}
