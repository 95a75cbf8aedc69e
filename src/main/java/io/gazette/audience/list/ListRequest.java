package io.gazette.audience.list;

import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What an admin sends to create or replace a list. */
public record ListRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase letters, digits and single hyphens")
        String slug,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 2000) String description,
        @NotNull ListVisibility visibility,
        @NotNull OptIn optIn,
        @Size(max = 50) Set<@NotNull Long> newsletterIds,
        Long version) {
}
