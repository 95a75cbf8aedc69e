package io.gazette.shared.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RateLimitMapperTest {

    @Test
    void jsonClientsGetAProblemDocumentAndRetryAfter() {
        given().post("/test/rate-limited").then().statusCode(200);
        given().post("/test/rate-limited").then().statusCode(200);
        given().post("/test/rate-limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|[12][0-9]|30"))
                .body("type", equalTo("urn:gazette:problem:rate-limited"))
                .body("status", equalTo(429))
                .body("detail", notNullValue());
    }
}
