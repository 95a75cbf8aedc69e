package io.gazette.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

/** Request body limits; see {@link BodySizeLimits}. */
@ConfigMapping(prefix = "gazette.http")
public interface BodySizeConfig {

    /** Largest request body for every path not listed in {@link #largeUploadPaths()}; larger ones are refused with 413. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * Paths whose endpoints stream uploads to disk and may take bodies up to {@code quarkus.http.limits.max-body-size}
     * (the CSV import, as the API's raw body and as the upload page's multipart form).
     */
    @WithDefault("/api/imports,/imports")
    Set<String> largeUploadPaths();
}
