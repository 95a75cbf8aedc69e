package io.gazette.linkpreview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How Gazette fetches a page to pre-fill an item from its link (the composer's "Fill from link"). */
@ConfigMapping(prefix = "gazette.link-preview")
public interface LinkPreviewConfig {

    /** Longest wait for the connection, and again for the whole answer: an editor is waiting. */
    @WithDefault("3s")
    Duration timeout();

    /** Bytes read at most; OpenGraph and title tags sit in the head, so a large page is cut, not refused. */
    @WithDefault("524288")
    int maxBytes();

    /** Redirects followed at most, each checked like the first address. */
    @WithDefault("3")
    int maxRedirects();

    /**
     * Whether pages on private, loopback, link-local or other internal addresses may be fetched. Off by default: a
     * link typed by an editor must not make the server reach into its own network (SSRF). Turn on only for an
     * intranet newsletter.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
