package io.gazette.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where subscribers reach this Gazette: the base of every link written into an email or feed. */
@ConfigMapping(prefix = "gazette.public")
public interface PublicUrlConfig {

    /** Absolute base URL without a trailing slash, e.g. {@code https://news.example.org}. */
    @WithDefault("http://localhost:8080")
    String url();
}
