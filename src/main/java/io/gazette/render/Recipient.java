package io.gazette.render;

import java.util.Map;
import java.util.Objects;

/**
 * One subscriber on one list, as the renderer needs them: whoever keeps subscribers maps theirs to this.
 * {@code name} may be null or blank (the greeting falls back); {@code attributes} are free-form values a theme can show.
 */
public record Recipient(long subscriberId, long listId, String email, String name, Map<String, String> attributes) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        name = name == null || name.isBlank() ? null : name.strip();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
