package io.gazette;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class HealthTest {

    /** {@code /q/openapi} lives on the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/openapi", management = true)
    URL managementOpenApi;

    @Test
    void reportsUpWithDatabaseCheck() {
        given().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void servesOpenApiDocument() {
        given().accept("application/json").get(managementOpenApi)
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/issues/{id}"));
    }
}
