package io.gazette.audience;

import io.gazette.shared.web.SubscriberLinks;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of who may be mailed, as delivery will use it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MailableRecipientsTest {

    @Inject
    AudienceData data;

    @Inject
    MailableRecipients recipients;

    @Inject
    EntityManager em;

    @Inject
    SubscriberLinks links;

    @Test
    void onlyConfirmedActiveUnsuppressedSubscribersOncePerNewsletter() {
        long newsletter = Fixtures.newsletter();
        long morning = data.list("Morning", ListVisibility.PUBLIC, OptIn.SINGLE, newsletter);
        long evening = data.list("Evening", ListVisibility.PRIVATE, OptIn.SINGLE, newsletter);
        long elsewhere = data.list("Elsewhere", ListVisibility.PRIVATE, OptIn.SINGLE);

        String both = add("both", List.of(morning, evening), "CONFIRMED");
        String one = add("one", List.of(evening), "CONFIRMED");
        add("pending", List.of(morning), "UNCONFIRMED");
        add("other", List.of(elsewhere), "CONFIRMED");
        String blocked = add("blocked", List.of(morning), "CONFIRMED");
        String suppressed = add("suppressed", List.of(morning), "CONFIRMED");
        String left = add("left", List.of(morning), "CONFIRMED");
        given().contentType(ContentType.JSON).body(Map.of("action", "BLOCKLIST", "emails", List.of(blocked)))
                .post("/api/subscribers/bulk").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("email", suppressed, "reason", "HARD_BOUNCE"))
                .post("/api/suppressions").then().statusCode(200);
        long leftId = data.subscriber(left).orElseThrow().id;
        given().post("/unsubscribe/{token}", links.unsubscribeToken(leftId, morning)).then().statusCode(200);

        assertThat(recipientsOf(newsletter)).containsExactlyInAnyOrder(both + "@" + Math.min(morning, evening), one + "@" + evening);
        assertThat(recipients.countForNewsletter(newsletter)).isEqualTo(2);
        assertThat(recipients.isMailable(data.subscriber(both).orElseThrow().id, morning)).isTrue();
        assertThat(recipients.isMailable(data.subscriber(blocked).orElseThrow().id, morning)).isFalse();
        assertThat(recipients.isAddressBlocked(suppressed.toUpperCase())).isTrue();
        assertThat(recipients.isAddressBlocked(blocked)).isTrue();
        assertThat(recipients.isAddressBlocked(both)).isFalse();
    }

    private static String add(String prefix, List<Long> lists, String status) {
        String email = uniqueEmail(prefix);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "lists", lists, "status", status))
                .post("/api/subscribers").then().statusCode(201);
        return email;
    }

    @Transactional
    List<String> recipientsOf(long newsletter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MailableRecipients.NEWSLETTER_RECIPIENTS_SQL)
                .setParameter(1, newsletter).getResultList();
        return rows.stream().map(r -> r[1] + "@" + ((Number) r[3]).longValue()).toList();
    }
}
