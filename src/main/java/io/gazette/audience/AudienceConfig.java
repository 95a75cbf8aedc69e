package io.gazette.audience;

import io.gazette.shared.ratelimit.RateLimitConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Lists, subscribers, the public sign-up pages and CSV imports. */
@ConfigMapping(prefix = "gazette.audience")
public interface AudienceConfig {

    /** How long a double opt-in confirmation link stays valid. */
    @WithDefault("72h")
    Duration confirmLinkValidity();

    /** Sign-ups one client address may post to the public subscribe forms. */
    RateLimitConfig subscribeRateLimit();

    /** Most subscribers or addresses one bulk request may name. */
    @WithDefault("1000")
    int bulkMaxItems();

    /** Subscriber search page size when the client does not ask for one. */
    @WithDefault("50")
    int searchDefaultLimit();

    /** Largest subscriber search page a client may ask for. */
    @WithDefault("500")
    int searchMaxLimit();

    /** CSV imports. */
    @WithName("import")
    Imports imports();

    interface Imports {

        /** Lines parsed and written per transaction; progress, heartbeat and cancellation move in these steps. */
        @WithDefault("5000")
        int chunkSize();

        /** Imports one instance runs at the same time; further uploads are refused with 503 until one ends. */
        @WithDefault("2")
        int concurrentJobs();

        /** Folder for uploads while they are imported; unset: the system temporary folder. */
        Optional<Path> directory();

        /** A running import whose heartbeat is older than this was lost (its instance stopped) and is marked failed. */
        @WithDefault("5m")
        Duration staleAfter();

        /**
         * How long the text of an import's failed lines is kept after the job ends, for its page and report. Those
         * lines may name people who were never imported; after this they keep only their number and reason.
         */
        @WithDefault("30d")
        Duration rejectedLinesKeptFor();
    }
}
