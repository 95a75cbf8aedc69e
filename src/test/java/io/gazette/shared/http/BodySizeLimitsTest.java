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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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

    @Test
    void aRefusedChunkedBodyIsNotLoggedAsAServerError() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            byte[] tenMegabytes = ("{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(lists)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytes)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            // The server logs after answering; give a late error line the time to appear.
            Thread.sleep(500);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    }

    @Test
    void aSmallChunkedBodyStillReachesTheEndpoint() throws Exception {
        String slug = "chunked-" + System.nanoTime();
        byte[] small = ("{\"name\":\"Chunked\",\"slug\":\"" + slug + "\",\"visibility\":\"PRIVATE\",\"optIn\":\"SINGLE\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(lists)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
