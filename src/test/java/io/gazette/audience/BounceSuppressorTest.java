package io.gazette.audience;

import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceSink;
import io.gazette.delivery.bounce.BounceSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Bounces recorded by delivery land on the audience's suppression list, and suppressed addresses are never mailed. */
@QuarkusTest
class BounceSuppressorTest {

    @Inject
    BounceSink bounces;

    @Inject
    AudienceData data;

    @Inject
    MailableRecipients recipients;

    @Inject
    Clock clock;

    @Test
    void hardBouncesAndComplaintsSuppressTheAddress() {
        String bounced = uniqueEmail("bounced");
        String complained = uniqueEmail("complained");
        bounces.accept(new BounceEvent(bounced.toUpperCase(), BounceKind.HARD, "550 5.1.1 user unknown", clock.instant(), BounceSource.GENERIC));
        bounces.accept(new BounceEvent(complained, BounceKind.COMPLAINT, "abuse", clock.instant(), BounceSource.GENERIC));

        assertThat(data.suppression(bounced)).contains(SuppressionReason.HARD_BOUNCE);
        assertThat(data.suppression(complained)).contains(SuppressionReason.COMPLAINT);
        assertThat(recipients.isAddressBlocked(bounced)).isTrue();

        String soft = uniqueEmail("soft");
        bounces.accept(new BounceEvent(soft, BounceKind.SOFT, "452 mailbox full", clock.instant(), BounceSource.GENERIC));
        assertThat(data.suppression(soft)).as("one soft bounce is not enough").isEmpty();
    }
}
