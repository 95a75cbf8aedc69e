package io.gazette.issue;

import io.gazette.shared.validation.HttpUrl;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An item as an editor writes it. {@code position} (1-based) is only read when adding an item;
 * {@code version} guards edits against concurrent changes.
 */
public record ItemRequest(
        @NotBlank @Size(max = 300) @SingleLine String headline,
        @NotBlank @Size(max = 20000) String body,
        @Size(max = 2048) @HttpUrl String sourceUrl,
        @Size(max = 200) @SingleLine String sourceName,
        @Size(max = 64) @SingleLine String tag,
        @Size(max = 2048) @HttpUrl String imageUrl,
        @Positive Integer position,
        Long version) {
}
