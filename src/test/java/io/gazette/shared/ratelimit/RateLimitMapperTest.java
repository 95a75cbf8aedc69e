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
        given().header("X-Test-Caller", "mapper-test").post("/test/rate-limited").then().statusCode(200);
        given().header("X-Test-Caller", "mapper-test").post("/test/rate-limited").then().statusCode(200);
        given().header("X-Test-Caller", "mapper-test").post("/test/rate-limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|[12][0-9]|30"))
                .body("type", equalTo("urn:gazette:problem:rate-limited"))
                .body("status", equalTo(429))
                .body("detail", notNullValue());
    }
}
