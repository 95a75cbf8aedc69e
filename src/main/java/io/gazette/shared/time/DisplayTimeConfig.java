package io.gazette.shared.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** How pages show instants that belong to no newsletter. */
@ConfigMapping(prefix = "gazette.time")
public interface DisplayTimeConfig {

    /**
     * Time zone of times that belong to no newsletter: API tokens on the account and users pages, subscribers and the
     * suppression list, and the audit log,
     * whose {@code from} / {@code to} days (page and {@code GET /api/audit}) are days in this zone too. Newsletter
     * pages keep the newsletter's own zone. Default {@code UTC}, which is never ambiguous; set it to where the admins
     * work, e.g. {@code Europe/Lisbon}.
     */
    @WithDefault("UTC")
    ZoneId displayZone();
}
