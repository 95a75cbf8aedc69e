package io.gazette.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sending, retries, throughput limits and bounce handling ({@code gazette.delivery.*}); see docs/delivery.md. */
@ConfigMapping(prefix = "gazette.delivery")
public interface DeliveryConfig {

    /**
     * Shared secret the generic and Postmark bounce webhooks must present in the {@code X-Gazette-Webhook-Secret}
     * header; at least 16 characters. Unset: those webhooks answer 404.
     */
    Optional<String> webhookSecret();

    /** The sending workers of this instance ({@code gazette.delivery.workers.*}). */
    Workers workers();

    /** How often this instance looks for scheduled issues that are due, expired leases and finished sends. */
    @WithDefault("5s")
    Duration schedulerInterval();

    /**
     * Tries the scheduler makes, across all instances, to start a due issue's send before it gives up: the issue then
     * becomes FAILED with the reason and every editor is mailed once. Default 3: what stops a start (no lists, no items,
     * a broken theme) does not go away by itself, so more tries only delay telling someone; a passing hiccup (a lock
     * timeout) gets two more chances, one scheduler interval apart.
     */
    @WithDefault("3")
    int startAttempts();

    /** Retries of temporary failures ({@code gazette.delivery.retry.*}). */
    Retry retry();

    /** When a send pauses by itself ({@code gazette.delivery.auto-pause.*}). */
    AutoPause autoPause();

    /** Throughput limits ({@code gazette.delivery.throttle.*}). */
    Throttle throttle();

    /** Bounce and complaint rules ({@code gazette.delivery.bounces.*}). */
    Bounces bounces();

    /** The Amazon SES webhook ({@code gazette.delivery.ses.*}). */
    Ses ses();

    /** The threads that mail sends; every instance sharing the database takes its part of each send. */
    interface Workers {

        /** Whether this instance mails at all; an instance that only serves editors and readers can turn it off. */
        @WithDefault("true")
        boolean enabled();

        /** Worker threads, each keeping its own SMTP connection open: the parallel connections of this instance. */
        @WithDefault("4")
        int threads();

        /** Recipients a worker claims at a time. */
        @WithDefault("100")
        int batchSize();

        /** How long a claim holds its recipients; rows of a worker that stopped without answering are taken over after this. */
        @WithDefault("5m")
        Duration lease();

        /** How long an idle worker waits before it looks for work again. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How often a busy worker writes its outcomes, renews its lease and checks whether the send was paused or cancelled. */
        @WithDefault("1s")
        Duration checkpoint();
    }

    /** Retries of temporary failures (4xx, connection errors, timeouts). */
    interface Retry {

        /** Attempts per recipient in all, the first one included; 1 means never retry. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the first retry; each further retry waits twice as long as the one before. */
        @WithDefault("2m")
        Duration backoffBase();

        /** Longest wait between two attempts, however many came before. */
        @WithDefault("1h")
        Duration backoffMax();

        /** Randomness taken off each wait, 0 to 1: 0.2 waits between 80% and 100% of the backoff, so retries spread out. */
        @WithDefault("0.2")
        double jitter();
    }

    /** When a send stops by itself because the mail server is refusing it, for editors to look and resume. */
    interface AutoPause {

        /** Pause after this many failures in a row (temporary or permanent, not hard bounces); 0 turns this check off. */
        @WithDefault("25")
        int consecutiveFailures();

        /** Pause when at least this share (0 to 1) of the last {@code window} messages failed; 0 turns this check off. */
        @WithDefault("0.5")
        double failureRatio();

        /** How many of the most recent messages the failure ratio looks at; it is checked once that many were sent. */
        @WithDefault("200")
        int window();
    }

    /** Throughput limits for each Gazette instance, shared by all its workers. */
    interface Throttle {

        /** Messages per second at most; 0 means no limit. */
        @WithDefault("0")
        double messagesPerSecond();

        /** Messages that may go at once after an idle spell; 0 means a tenth of a second's worth (at least 1). */
        @WithDefault("0")
        int burst();

        /** At most this many messages in any {@code window-duration} (a provider's hourly cap); 0 means no such limit. */
        @WithDefault("0")
        int windowLimit();

        /** The span of the sliding window limit. */
        @WithDefault("1h")
        Duration windowDuration();
    }

    /** What bounces and complaints do to an address. */
    interface Bounces {

        /** Soft bounces of one address within {@code soft-bounce-period} that suppress it (hard bounces and complaints do at once). */
        @WithDefault("3")
        int softBounceLimit();

        /** How far back soft bounces are counted. */
        @WithDefault("P30D")
        Duration softBouncePeriod();
    }

    /** The Amazon SES webhook (notifications delivered by SNS). */
    interface Ses {

        /** ARNs of the SNS topics whose notifications are accepted; unset, the SES webhook answers 404. */
        Optional<List<String>> topicArns();

        /**
         * Regular expression the origin ({@code scheme://host[:port]}) of SigningCertURL and SubscribeURL must match in
         * full; only AWS's SNS hosts over https by default.
         */
        @WithDefault("https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?")
        String trustedOrigin();

        /** Time limit for fetching a signing certificate or confirming a subscription. */
        @WithDefault("10s")
        Duration httpTimeout();
    }
}
