package io.gazette.delivery.send;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The application's own workers are off, so a test starts worker pools of its own against servers of its own (two
 * pools stand for two instances); retries are fast, leases short and the auto-pause quick to trip.
 */
public class ManualWorkersProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("gazette.delivery.workers.enabled", "false"),
                Map.entry("gazette.delivery.workers.batch-size", "5"),
                Map.entry("gazette.delivery.workers.lease", "2s"),
                Map.entry("gazette.delivery.workers.checkpoint", "200ms"),
                Map.entry("gazette.delivery.retry.max-attempts", "3"),
                Map.entry("gazette.delivery.retry.backoff-base", "100ms"),
                Map.entry("gazette.delivery.retry.backoff-max", "300ms"),
                Map.entry("gazette.delivery.retry.jitter", "0"),
                Map.entry("gazette.delivery.auto-pause.consecutive-failures", "6"),
                Map.entry("gazette.delivery.auto-pause.failure-ratio", "0"));
    }
}
