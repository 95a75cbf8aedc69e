package io.gazette.shared.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Everything but the upload paths keeps the small body limit, declared or streamed. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BodySizeLimitsTest {

    @TestHTTPResource("/api/lists")
    URI lists;

    private static final byte[] THREE_MB = ("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void declaredOversizedBodiesAreRefusedBeforeReading() {
        given().contentType("application/json").body(THREE_MB).post("/api/lists").then().statusCode(413);
    }

    @Test
    void chunkedOversizedBodiesAreCutOffWhileReading() throws Exception {
        // HTTP/1.1 on purpose: the default client tries an h2c upgrade, which muddles what is being tested.
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(lists)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(THREE_MB)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }
}
