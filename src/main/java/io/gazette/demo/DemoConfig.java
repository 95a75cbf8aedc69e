package io.gazette.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sample newsletter a newcomer sees on first start. */
@ConfigMapping(prefix = "gazette.demo")
public interface DemoConfig {

    /** Seed one newsletter with a draft issue when the database has no newsletter yet. On in dev mode, off elsewhere. */
    @WithDefault("false")
    boolean enabled();
}
