package io.gazette.newsletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults applied when an editor creates a newsletter without saying otherwise. */
@ConfigMapping(prefix = "gazette.newsletter")
public interface NewsletterConfig {

    /** Time zone of a new newsletter's schedule. */
    @WithDefault("UTC")
    String defaultTimeZone();

    /** Email theme (a folder under the themes directory) of a new newsletter. */
    @WithDefault("default")
    String defaultTheme();
}
