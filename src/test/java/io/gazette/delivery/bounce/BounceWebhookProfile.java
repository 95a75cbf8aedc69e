package io.gazette.delivery.bounce;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Webhooks switched on, SNS certificates trusted from the test's own loopback server, suppression recorded. */
public class BounceWebhookProfile implements QuarkusTestProfile {

    public static final String SECRET = "test-webhook-secret-0123456789";
    public static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:gazette-bounces";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gazette.delivery.webhook-secret", SECRET,
                "gazette.delivery.bounces.soft-bounce-limit", "3",
                "gazette.delivery.ses.topic-arns", TOPIC,
                "gazette.delivery.ses.trusted-origin", "http://127\\.0\\.0\\.1:[0-9]+");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(RecordingSuppressor.class);
    }
}
