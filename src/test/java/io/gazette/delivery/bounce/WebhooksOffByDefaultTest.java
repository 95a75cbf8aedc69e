package io.gazette.delivery.bounce;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Without a configured secret or topic the webhooks do not exist, whatever a caller presents. */
@QuarkusTest
class WebhooksOffByDefaultTest {

    @Test
    void genericAndPostmarkAnswer404WithoutASecret() {
        for (String path : new String[]{"/webhooks/bounces", "/webhooks/postmark"}) {
            given().contentType(ContentType.JSON).header("X-Gazette-Webhook-Secret", "any-secret-of-any-length")
                    .body(Map.of("email", "a@example.org", "type", "hard"))
                    .post(path).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("gazette.delivery.webhook-secret"));
        }
    }

    @Test
    void sesAnswers404WithoutATopic() {
        given().contentType("text/plain").body("{\"Type\": \"Notification\"}")
                .post("/webhooks/ses").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("gazette.delivery.ses.topic-arns"));
    }
}
