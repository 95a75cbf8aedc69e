package io.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * Mails one issue of ten items to N seeded recipients (default 100,000) through the real delivery queue and SMTP workers, into a local smtp-sink, and prints messages per second against the wire limit that
 * smtp-source measured on the same sink, with CPU and heap. Run it with bench/send-bench.sh, which starts the sink,
 * measures the wire limit and passes {@code -Dbench.smtp.port} and {@code -Dbench.wire.rate}.
 * <p>
 * Recipients are seeded with set-based SQL (not the API); everything else (list, newsletter, issue, the send and its
 * progress) goes through the HTTP API. Item bodies are sized so that one message (the preview .eml) is about
 * {@code -Dbench.message-bytes} (default 20,000); the default theme's markup for ten items alone is ~25 KB, so there
 * the shortest bodies ({@link #MIN_ITEM_CHARS}) win and the message is ~27 KB.
 */
@QuarkusTest
@TestProfile(SendBenchmark.SinkSettings.class)
@TestSecurity(user = "bench", roles = "admin")
class SendBenchmark {

    /** Mail goes to the smtp-sink on loopback; worker and poll settings are the shipped ones, not the test ones. */
    public static class SinkSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>();
            settings.put("gazette.mail.host", "127.0.0.1");
            settings.put("gazette.mail.port", System.getProperty("bench.smtp.port", "25"));
            settings.put("gazette.mail.tls", "NONE");
            settings.put("gazette.mail.helo-name", "gazette-bench.localhost");
            settings.put("gazette.delivery.workers.threads", System.getProperty("bench.threads", "4"));
            settings.put("gazette.delivery.workers.batch-size", System.getProperty("bench.batch-size", "100"));
            // application.properties shortens these for tests; %test.* would win over the plain keys.
            settings.put("gazette.delivery.workers.poll-interval", "1s");
            settings.put("gazette.delivery.scheduler-interval", "5s");
            Map<String, String> all = new HashMap<>(settings);
            settings.forEach((key, value) -> all.put("%test." + key, value));
            return all;
        }
    }

    /** The size one personalised message should have (the preview .eml), within {@link #TOLERANCE}. */
    private static final int TARGET_BYTES = Integer.getInteger("bench.message-bytes", 20_000);
    private static final double TOLERANCE = 0.03;
    /** Item bodies are never shorter than two sentences, whatever the target. */
    private static final int MIN_ITEM_CHARS = 150;
    private static final int ITEMS = 10;
    /** A send that moves no message for this long has stalled (retries wait minutes): the run fails. */
    private static final Duration STALL = Duration.ofSeconds(Integer.getInteger("bench.stall-seconds", 60));
    /** Cancel the send after this many seconds (0: never), to see the first part of a long run. */
    private static final int MAX_SECONDS = Integer.getInteger("bench.max-seconds", 0);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/sends")
    URL sends;

    @Inject
    DataSource dataSource;

    @Test
    void mailsTheSeededAudience() throws Exception {
        if (System.getProperty("bench.smtp.port") == null) {
            throw new AssertionError("-Dbench.smtp.port is not set: run bench/send-bench.sh, which starts smtp-sink");
        }
        int recipients = Integer.getInteger("bench.recipients", 100_000);
        double wireRate = Double.parseDouble(System.getProperty("bench.wire.rate", "NaN"));

        long list = given().contentType(ContentType.JSON)
                .body(Map.of("slug", "bench-send-" + System.currentTimeMillis(), "name", "Bench send", "visibility", "PRIVATE", "optIn", "SINGLE"))
                .post("/api/lists").then().statusCode(201).extract().jsonPath().getLong("id");
        long seedStart = System.nanoTime();
        seed(recipients, list);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        long newsletter = given().contentType(ContentType.JSON).body(newsletterBody())
                .post("/api/newsletters").then().statusCode(201).extract().jsonPath().getLong("id");
        long[] issueAndBytes = issueOfSize(newsletter, TARGET_BYTES);
        long issue = issueAndBytes[0];
        int messageBytes = (int) issueAndBytes[1];
        int itemChars = (int) issueAndBytes[2];

        System.gc();
        long baselineHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double loadBefore = loadAverage();
        try (HeapWatch heap = new HeapWatch()) {
            ServerCpu cpu = new ServerCpu(dataSource);
            HttpClient client = HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> accepted = client.send(
                    HttpRequest.newBuilder(URI.create(sends.toString().replace("/api/sends", "/api/issues/" + issue + "/send")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"lists\":[" + list + "]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double startSeconds = (System.nanoTime() - start) / 1e9;
            if (accepted.statusCode() != 202) {
                throw new AssertionError("send refused: " + accepted.statusCode() + " " + accepted.body());
            }
            long send = JsonPath.from(accepted.body()).getLong("id");
            JsonPath view = awaitEnd(client, URI.create(sends + "/" + send));
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            report(recipients, seedSeconds, messageBytes, itemChars, wireRate, startSeconds, wallSeconds, view, heap, cpu,
                    baselineHeap, loadBefore, postgresNotes());
            long sent = view.getLong("sent");
            if (!"FINISHED".equals(view.getString("status")) || sent != recipients) {
                throw new AssertionError("expected " + recipients + " messages sent and the send FINISHED, got "
                        + view.getString("status") + " with " + sent + " sent: " + view.prettify());
            }
        }
    }

    /** N active subscribers, each CONFIRMED on the list, in two set-based statements. */
    private void seed(int recipients, long list) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement subscribers = connection.prepareStatement(
                    "INSERT INTO subscriber (email, name, attributes, status, source, created_at, updated_at)"
                            + " SELECT 'reader' || g || '@example.org', 'Reader ' || g,"
                            + " '{\"city\":\"Porto\",\"plan\":\"' || (ARRAY['free','basic','pro'])[1 + g % 3] || '\"}',"
                            + " 'ACTIVE', 'bench', now(), now() FROM generate_series(1, ?) g")) {
                subscribers.setInt(1, recipients);
                subscribers.executeUpdate();
            }
            try (PreparedStatement subscriptions = connection.prepareStatement(
                    "INSERT INTO subscription (subscriber_id, list_id, status, consent_at, consent_method, confirmed_at)"
                            + " SELECT s.id, ?, 'CONFIRMED', now(), 'IMPORT', now() FROM subscriber s WHERE s.source = 'bench'")) {
                subscriptions.setLong(1, list);
                int rows = subscriptions.executeUpdate();
                if (rows != recipients) {
                    throw new AssertionError("seeded " + rows + " subscriptions, expected " + recipients);
                }
            }
            connection.commit();
        }
        // Fresh statistics, as autovacuum would give a table that grew this much before long.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE subscriber");
            statement.execute("ANALYZE subscription");
        }
    }

    private static Map<String, Object> newsletterBody() {
        return Map.of(
                "slug", "bench-weekly-" + System.currentTimeMillis(),
                "name", "Bench Weekly",
                "senderName", "Bench Weekly",
                "senderAddress", "news@example.org",
                "postalAddress", "Rua do Exemplo 1, 4000-000 Porto, Portugal",
                "timeZone", "Europe/Lisbon",
                "sendDay", "THURSDAY",
                "sendTime", "08:00");
    }

    /**
     * A draft issue whose preview .eml is about {@code target} bytes: item bodies are resized (by the secant rule on the
     * measured sizes) until the message is within {@link #TOLERANCE}, or the bodies are down to {@link #MIN_ITEM_CHARS};
     * the drafts that missed stay unsent.
     * Returns {issue id, bytes, body characters per item}.
     */
    private static long[] issueOfSize(long newsletter, int target) {
        int chars = 400;
        long[] best = null;
        int previousChars = -1;
        long previousBytes = -1;
        for (int attempt = 0; attempt < 8; attempt++) {
            long issue = given().contentType(ContentType.JSON).body(issueBody(chars))
                    .post("/api/newsletters/{id}/issues", newsletter).then().statusCode(201).extract().jsonPath().getLong("id");
            long bytes = given().get("/api/issues/{id}/preview?format=eml", issue)
                    .then().statusCode(200).extract().asByteArray().length;
            if (best == null || Math.abs(bytes - target) < Math.abs(best[1] - target)) {
                best = new long[]{issue, bytes, chars};
            }
            if (Math.abs(bytes - target) <= target * TOLERANCE) {
                break;
            }
            double slope = previousChars < 0 || previousBytes == bytes ? bytes / (double) chars
                    : (bytes - previousBytes) / (double) (chars - previousChars);
            previousChars = chars;
            previousBytes = bytes;
            int next = (int) Math.max(MIN_ITEM_CHARS, Math.min(19_000, chars + (target - bytes) / Math.max(slope, 1.0)));
            if (next == chars) {
                break; // the theme's markup alone is larger than the target: the shortest real bodies are as close as it gets
            }
            chars = next;
        }
        return best;
    }

    private static Map<String, Object> issueBody(int itemChars) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            items.add(Map.of("headline", "Item " + i + ": what happened in the week, told at length",
                    "body", body(i, itemChars),
                    "sourceUrl", "https://example.org/news/" + i,
                    "sourceName", "Example News"));
        }
        return Map.of("title", "Bench issue", "subject", "Bench Weekly: ten things",
                "intro", "Hello, here is this week's digest.", "items", items);
    }

    /** Plain prose in paragraphs, with a link and some emphasis, {@code chars} characters long. */
    private static String body(int item, int chars) {
        String[] sentences = {
                "The council approved the new budget after a long debate about public transport.",
                "Several residents asked for more frequent buses on the coastal line in the evenings.",
                "A local bakery won a national prize for its sourdough, and the queue is now around the block.",
                "Read the [full report](https://example.org/report/" + item + ") for the figures and the minutes.",
                "The **harbour works** are expected to finish in spring, weeks ahead of the schedule.",
                "Volunteers cleaned three kilometres of beach on Saturday and collected forty bags of litter.",
        };
        StringBuilder text = new StringBuilder();
        int sentence = item;
        while (text.length() < chars) {
            text.append(sentences[sentence++ % sentences.length]);
            text.append(sentence % 4 == 0 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    /**
     * Polls once a second with a plain HTTP client; fails on a pause or when nothing moves for {@link #STALL}. With
     * {@code -Dbench.max-seconds}, cancels the send once it has run that long and returns its view when it stopped
     * (the test then fails, after printing the figures so far). Prints progress every 30 s.
     */
    private static JsonPath awaitEnd(HttpClient client, URI send) throws Exception {
        long started = System.nanoTime();
        long lastDone = -1;
        long lastMove = started;
        long lastReport = started;
        boolean cancelled = false;
        while (true) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(send).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + send + ": " + response.statusCode() + " " + response.body());
            }
            // Jackson, not RestAssured's Groovy JsonPath: that costs ~20 ms of this JVM's CPU per poll.
            JsonNode view = JSON.readTree(response.body());
            String status = view.path("status").asText();
            if (!"RUNNING".equals(status)) {
                return JsonPath.from(response.body());
            }
            long now = System.nanoTime();
            long done = view.path("recipients").asLong() - view.path("remaining").asLong();
            if (done != lastDone) {
                lastDone = done;
                lastMove = now;
            } else if (now - lastMove > STALL.toNanos()) {
                throw new AssertionError("send stalled for " + STALL.toSeconds() + " s: " + view.toPrettyString());
            }
            if (now - lastReport >= Duration.ofSeconds(30).toNanos()) {
                lastReport = now;
                System.out.printf("progress after %.0f s: %,d of %,d done, %,.0f messages/s now, load %.1f%n",
                        (now - started) / 1e9, done, view.path("recipients").asLong(), view.path("ratePerSecond").asDouble(), loadAverage());
            }
            if (!cancelled && MAX_SECONDS > 0 && now - started > Duration.ofSeconds(MAX_SECONDS).toNanos()) {
                System.out.printf("time limit of %d s reached: cancelling the send%n", MAX_SECONDS);
                HttpResponse<String> cancel = client.send(HttpRequest.newBuilder(URI.create(send + "/cancel"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (cancel.statusCode() != 200) {
                    throw new AssertionError("cancel refused: " + cancel.statusCode() + " " + cancel.body());
                }
                cancelled = true;
            }
            Thread.sleep(1000);
        }
    }

    private static void report(int recipients, double seedSeconds, int messageBytes, int itemChars, double wireRate, double startSeconds,
                               double wallSeconds, JsonPath view, HeapWatch heap, ServerCpu cpu, long baselineHeap,
                               double loadBefore, String postgres) {
        double jvmCpu = cpu.jvmSeconds();
        List<Double> backends = cpu.postgresBackends();
        double pgCpu = backends.stream().mapToDouble(Double::doubleValue).sum();
        String busiest = backends.stream().limit(3).map(b -> String.format("%.1f s", b)).collect(Collectors.joining(" + "));
        long sent = view.getLong("sent");
        String finishedAt = view.getString("finishedAt");
        double sendSeconds = Duration.between(Instant.parse(view.getString("startedAt")),
                finishedAt == null ? Instant.now() : Instant.parse(finishedAt)).toMillis() / 1000.0;
        double rate = sent / sendSeconds;
        String[][] table = {
                {"recipients (seeded with SQL)", String.format("%,d (seeded in %.1f s)", recipients, seedSeconds)},
                {"message size (preview .eml)", String.format("%,d bytes", messageBytes)},
                {"items per issue / body characters per item", ITEMS + " / " + itemChars},
                {"worker threads / batch size", Integer.getInteger("bench.threads", 4) + " / " + Integer.getInteger("bench.batch-size", 100)},
                {"send status", view.getString("status") + (MAX_SECONDS > 0 && !"FINISHED".equals(view.getString("status"))
                        ? " (cancelled by -Dbench.max-seconds=" + MAX_SECONDS + ")" : "")},
                {"sent / failed temporary / failed permanent / bounced / skipped / cancelled", String.format("%,d / %,d / %,d / %,d / %,d / %,d",
                        sent, view.getLong("failedTemporary"), view.getLong("failedPermanent"), view.getLong("bounced"),
                        view.getLong("skipped"), view.getLong("cancelled"))},
                {"POST /send (materialise the queue)", String.format("%.1f s", startSeconds)},
                {"send time (startedAt to finishedAt)", String.format("%.1f s", sendSeconds)},
                {"wall time (POST to FINISHED seen, 1 s polls)", String.format("%.1f s", wallSeconds)},
                {"Gazette rate", String.format("%,.0f messages/s", rate)},
                {"wire limit (smtp-source -d -s 4, same sink)", Double.isNaN(wireRate) ? "not measured"
                        : String.format("%,.0f messages/s (%s-byte payload)", wireRate, System.getProperty("bench.wire.bytes", "?"))},
                {"Gazette / wire limit", Double.isNaN(wireRate) ? "n/a" : String.format("%.0f %%", 100 * rate / wireRate)},
                {"CPU: this JVM (server + client)", String.format("%.1f s = %.0f µs/message", jvmCpu, jvmCpu * 1e6 / sent)},
                {"CPU: PostgreSQL backends", String.format("%.1f s = %.0f µs/message", pgCpu, pgCpu * 1e6 / sent)},
                {"CPU: the busiest backends", busiest},
                {"PostgreSQL at the end", postgres},
                {"max heap (-Xmx)", String.format("%d MB", HeapWatch.maxHeapBytes() >> 20)},
                {"live heap before the send (after GC)", String.format("%d MB", baselineHeap >> 20)},
                {"peak heap used (whole JVM)", String.format("%d MB", heap.peakBytes() >> 20)},
                {"peak live heap after GC", String.format("%d MB", heap.peakLiveBytes() >> 20)},
                {"garbage collections", String.valueOf(heap.collections())},
                {"processors", String.valueOf(Runtime.getRuntime().availableProcessors())},
                {"load average (1 min) before / after", String.format("%.1f / %.1f", loadBefore, loadAverage())},
        };
        StringBuilder out = new StringBuilder("\n| Send benchmark (PostgreSQL, smtp-sink) | |\n|---|---|\n");
        for (String[] row : table) {
            out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
        }
        cpu.jvmThreads().forEach((threads, seconds) ->
                out.append("| CPU of JVM threads '").append(threads).append("' | ").append(String.format("%.1f s", seconds)).append(" |\n"));
        System.out.println(out);
    }

    /** Whether autovacuum runs (it cleans the queue's dead rows and index entries) and how many the run left. */
    private String postgresNotes() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_setting('autovacuum'), n_live_tup, n_dead_tup, autovacuum_count"
                     + " FROM pg_stat_user_tables WHERE relname = 'delivery'")) {
            return rs.next() ? String.format("autovacuum %s; delivery rows %,d live / %,d dead, autovacuumed %d times",
                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)) : "no statistics";
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
