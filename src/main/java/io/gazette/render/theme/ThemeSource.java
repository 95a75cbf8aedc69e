package io.gazette.render.theme;

import java.util.Map;
import java.util.TreeMap;

/**
 * A theme's files as text, keyed by their path inside the theme folder ({@code email.html}, {@code partials/x.html},
 * {@code theme.properties}). What a send snapshots, so every instance renders the send from the same version.
 */
public record ThemeSource(String name, Map<String, String> files) {

    public ThemeSource {
        files = Map.copyOf(new TreeMap<>(files));
    }
}
