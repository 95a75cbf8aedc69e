package io.gazette.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Imports a generated CSV file through the real endpoint into PostgreSQL and prints rows per second and peak heap.
 * Run it with bench/import-bench.sh, which caps the heap of this JVM (server and client alike) at 256 MB.
 */
@QuarkusTest
@TestProfile(ImportBenchmark.ProductionSettings.class)
@TestSecurity(user = "bench", roles = "admin")
class ImportBenchmark {

    /** The shipped import settings, not the tiny test chunks. */
    public static class ProductionSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gazette.audience.import.chunk-size", "5000", "%test.gazette.audience.import.chunk-size", "5000");
        }
    }

    @TestHTTPResource("/api/imports")
    URL imports;

    @Inject
    DataSource dataSource;

    @Test
    void importsAMillionRows() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path csv = PeopleCsv.write(Path.of("target", "bench"), rows);
        int list = given().contentType(ContentType.JSON)
                .body(Map.of("slug", "bench-" + System.currentTimeMillis(), "name", "Bench", "visibility", "PRIVATE", "optIn", "SINGLE"))
                .post("/api/lists").then().statusCode(201).extract().path("id");
        System.gc();
        long baselineHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        JsonPath job;
        long uploadNanos;
        long wallNanos;
        try (HeapWatch heap = new HeapWatch()) {
            ServerCpu cpu = new ServerCpu(dataSource);
            long start = System.nanoTime();
            HttpResponse<String> accepted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(imports + "?status=CONFIRMED&list=" + list))
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofFile(csv))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            uploadNanos = System.nanoTime() - start;
            if (accepted.statusCode() != 202) {
                throw new AssertionError("upload refused: " + accepted.statusCode() + " " + accepted.body());
            }
            long id = JsonPath.from(accepted.body()).getLong("id");
            job = awaitEnd(URI.create(imports + "/" + id));
            wallNanos = System.nanoTime() - start;
            report(rows, Files.size(csv), uploadNanos, wallNanos, job, heap, cpu, baselineHeap);
        }
    }

    /** Polls once a second with a plain HTTP client: the benchmark should not spend the CPU it measures. */
    private static JsonPath awaitEnd(URI job) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        while (true) {
            String body = client.send(HttpRequest.newBuilder(job).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("\"status\":\"QUEUED\"") && !body.contains("\"status\":\"RUNNING\"")) {
                return JsonPath.from(body);
            }
            Thread.sleep(1000);
        }
    }

    private static void report(int rows, long bytes, long uploadNanos, long wallNanos, JsonPath job, HeapWatch heap,
                               ServerCpu cpu, long baselineHeap) {
        double jvmCpu = cpu.jvmSeconds();
        java.util.List<Double> backends = cpu.postgresBackends();
        double pgCpu = backends.stream().mapToDouble(Double::doubleValue).sum();
        String busiest = backends.stream().limit(2).map(b -> String.format("%.1f s", b)).collect(java.util.stream.Collectors.joining(" + "));
        double importSeconds = Duration.between(Instant.parse(job.getString("startedAt")),
                Instant.parse(job.getString("finishedAt"))).toMillis() / 1000.0;
        double wallSeconds = wallNanos / 1e9;
        long read = job.getLong("rowsRead");
        String[][] table = {
                {"rows in file", String.format("%,d", rows)},
                {"file size", String.format("%.1f MB", bytes / 1e6)},
                {"job status", job.getString("status")},
                {"rows read / imported / skipped / failed", String.format("%,d / %,d / %,d / %,d", read,
                        job.getLong("rowsImported"), job.getLong("rowsSkipped"), job.getLong("rowsFailed"))},
                {"upload (stream to disk)", String.format("%.1f s", uploadNanos / 1e9)},
                {"import (job start to end)", String.format("%.1f s", importSeconds)},
                {"import rate", String.format("%,.0f rows/s", read / importSeconds)},
                {"end to end incl. upload", String.format("%.1f s = %,.0f rows/s", wallSeconds, read / wallSeconds)},
                {"CPU: this JVM (server + client)", String.format("%.1f s = %.1f µs/row", jvmCpu, jvmCpu * 1e6 / read)},
                {"CPU: PostgreSQL backends", String.format("%.1f s = %.1f µs/row", pgCpu, pgCpu * 1e6 / read)},
                {"CPU: the two busiest backends (apply, stage)", busiest},
                {"load average (1 min) at the end", String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())},
                {"max heap (-Xmx)", String.format("%d MB", HeapWatch.maxHeapBytes() >> 20)},
                {"live heap before the import (after GC)", String.format("%d MB", baselineHeap >> 20)},
                {"peak heap used (whole JVM)", String.format("%d MB", heap.peakBytes() >> 20)},
                {"peak live heap after GC", String.format("%d MB", heap.peakLiveBytes() >> 20)},
                {"garbage collections", String.valueOf(heap.collections())},
                {"processors", String.valueOf(Runtime.getRuntime().availableProcessors())},
        };
        StringBuilder out = new StringBuilder("\n| Import benchmark (PostgreSQL) | |\n|---|---|\n");
        for (String[] row : table) {
            out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
        }
        cpu.jvmThreads().forEach((threads, seconds) ->
                out.append("| CPU of JVM threads '").append(threads).append("' | ").append(String.format("%.1f s", seconds)).append(" |\n"));
        System.out.println(out);
    }
}
