package io.gazette.shared.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.Socket;
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

    @TestHTTPResource("/api/imports")
    URI imports;

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
    void anUploadDeclaredAboveTheCeilingIsAProblemDocumentToo() throws Exception {
        // Quarkus refuses such a body itself, with an empty 413; the header alone is sent, the body never is.
        try (Socket socket = new Socket(imports.getHost(), imports.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/imports HTTP/1.1\r\nHost: " + imports.getHost() + "\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + (1L << 40) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("urn:gazette:problem:too-large");
        }
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

    /** One HTTP answer, read as far as its Content-Length: the server may keep the connection open after it. */
    private static String readAnswer(Socket socket) throws java.io.IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        java.io.InputStream in = socket.getInputStream();
        while (true) {
            String sofar = read.toString(StandardCharsets.UTF_8);
            int headEnd = sofar.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(sofar);
                if (!length.find() || sofar.length() - headEnd - 4 >= Integer.parseInt(length.group(1))) {
                    return sofar;
                }
            }
            int n = in.read(buffer);
            if (n < 0) {
                return sofar;
            }
            read.write(buffer, 0, n);
        }
    }
}
