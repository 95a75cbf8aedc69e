package io.gazette.shared.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Page sizes for every paged list in the API. */
@ConfigMapping(prefix = "gazette.paging")
public interface PagingConfig {

    /** Page size used when the client does not ask for one. */
    @WithDefault("20")
    int defaultSize();

    /** Largest page size a client may ask for; larger requests are refused with 400. */
    @WithDefault("100")
    int maxSize();
}
