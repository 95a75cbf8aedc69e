package io.gazette.audience.signup;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.support.GreenMailResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.gazette.audience.signup.SignupFlowTest.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The per-address limit on sign-ups, with the production-like small limit this profile sets. */
@QuarkusTest
@TestProfile(SignupRateLimitTest.ThreePerHour.class)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class SignupRateLimitTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gazette.audience.subscribe-rate-limit.permits", "3",
                    "gazette.audience.subscribe-rate-limit.window", "1h");
        }
    }

    @Inject
    AudienceData data;

    @Test
    void fourthSignUpFromOneAddressGets429WithRetryAfter() {
        long list = data.list("Busy List", ListVisibility.PUBLIC, OptIn.SINGLE);
        String slug = data.slug(list);
        for (int i = 0; i < 3; i++) {
            subscribe(slug, uniqueEmail("r" + i), null).then().statusCode(303);
        }
        String refused = uniqueEmail("refused");
        String retryAfter = subscribe(slug, refused, null)
                .then().statusCode(429).contentType(containsString("text/html"))
                .body(containsString("Too many sign-ups"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 1200L);
        assertThat(data.subscriber(refused)).as("a refused sign-up stores nothing").isEmpty();
    }
}
