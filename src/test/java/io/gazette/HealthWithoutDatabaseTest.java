package io.gazette;

import io.gazette.support.RelayedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * An instance that loses its database is alive but not ready, so a load balancer stops sending it traffic; it is ready
 * again as soon as the database is back.
 */
@QuarkusTest
@WithTestResource(RelayedDatabaseResource.class)
class HealthWithoutDatabaseTest {

    @Test
    void readinessFollowsTheDatabaseWhileLivenessHolds() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        RelayedDatabaseResource.relay().cut();
        try {
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            RelayedDatabaseResource.relay().restore();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = given().get("/q/health/ready").statusCode();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = given().get("/q/health/ready").statusCode();
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
