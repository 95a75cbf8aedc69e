package io.gazette.newsletter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The whole set of newsletters an editor may work on; an empty set takes every grant away. */
public record EditorGrantRequest(@NotNull @Size(max = 1000) Set<@NotNull Long> newsletterIds) {
}
