package io.gazette.audience.imports;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gazette.audience.imports.Imports.await;
import static io.gazette.audience.imports.Imports.errors;
import static io.gazette.audience.imports.Imports.start;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an import tells about the lines it rejected (their text, kept for a while) and how far it has read. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ImportReportTest {

    @Inject
    AudienceData data;

    @Inject
    ImportJobs jobs;

    @Test
    void failedLinesKeepTheirTextInTheApiAndTheReportSkippedLinesDoNot() throws IOException {
        long list = data.list("Report", ListVisibility.PRIVATE, OptIn.SINGLE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        write(csv, "email,name,city\n");                                          // 1 header
        write(csv, "ann-" + run + "@example.org,Ann,Porto\n");                     // 2 good
        write(csv, "=1+2,Mallory,\"Far, far away\"\n");                         // 3 invalid address, a formula
        write(csv, "ann-" + run + "@example.org,Ann Again,Porto\n");               // 4 duplicate of 2
        write(csv, "bo-" + run + "@example.org,B");                                 // 5 invalid UTF-8
        csv.write(new byte[]{(byte) 0xC3, (byte) 0x28});
        write(csv, "b,Braga\n");
        write(csv, "cy-" + run + "@example.org,Cy,\"" + "x".repeat(3000) + "\",extra\n"); // 6 extra column, long
        byte[] file = csv.toByteArray();

        long id = start(file, Map.of("list", list, "status", "CONFIRMED"));
        JsonPath job = await(id);
        assertThat(job.getString("status")).isEqualTo("FINISHED");
        assertThat(job.getLong("bytesRead")).as("the whole file was read").isEqualTo(file.length);
        assertThat(job.getLong("rowsImported")).isEqualTo(1);
        assertThat(job.getLong("rowsCreated")).isEqualTo(1);

        List<Map<String, Object>> errors = errors(id);
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 4, 5, 6);
        assertThat(errors.get(0).get("text")).isEqualTo("=1+2,Mallory,\"Far, far away\"");
        assertThat(errors.get(1).get("text")).as("a skipped line keeps no address").isNull();
        assertThat((String) errors.get(2).get("text")).isEqualTo("bo-" + run + "@example.org,B\uFFFD(b,Braga");
        assertThat((String) errors.get(3).get("text")).hasSize(CsvLines.MAX_TEXT).endsWith("\u2026");

        Response report = given().get("/api/imports/{id}/errors.csv", id);
        report.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"");
        List<CSVRecord> rows = parse(report.asString());
        assertThat(rows.get(0).toList()).containsExactly("line", "outcome", "reason", "detail", "row");
        assertThat(rows.get(1).toList()).containsExactly("3", "FAILED", "INVALID_EMAIL", "not a valid email address",
                "'=1+2,Mallory,\"Far, far away\"");
        assertThat(rows.get(2).toList()).containsExactly("4", "SKIPPED", "DUPLICATE", "duplicate of line 2", "");
        assertThat(rows).hasSize(5);

        given().get("/api/imports/{id}/errors.csv", 987_654).then().statusCode(404);
    }

    @Test
    void rowsThatCreateASubscriberAreToldFromRowsThatUpdateOne() {
        long list = data.list("Known", ListVisibility.PRIVATE, OptIn.SINGLE);
        String known = AudienceData.uniqueEmail("known");
        given().contentType("application/json").body(Map.of("email", known)).post("/api/subscribers").then().statusCode(201);
        String csv = "email,name\n" + known + ",Kim\n" + AudienceData.uniqueEmail("new") + ",Nia\n";
        JsonPath job = await(start(csv.getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED",
                "overwrite", true)));
        assertThat(job.getLong("rowsImported")).isEqualTo(2);
        assertThat(job.getLong("rowsCreated")).isEqualTo(1);
        assertThat(data.subscriber(known).orElseThrow().name).isEqualTo("Kim");
    }

    @Test
    void theTextOfRejectedLinesIsForgottenAfterTheJobEnded() {
        long list = data.list("Forget", ListVisibility.PRIVATE, OptIn.SINGLE);
        long id = start("email\nnot-an-address\n".getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED"));
        Instant ended = Instant.parse(await(id).getString("finishedAt"));
        assertThat(errors(id).get(0).get("text")).isEqualTo("not-an-address");

        jobs.forgetRejectedLines(ended);
        assertThat(errors(id).get(0).get("text")).as("ended at, not before, the cut-off").isEqualTo("not-an-address");
        jobs.forgetRejectedLines(ended.plusMillis(1));
        assertThat(errors(id).get(0)).containsEntry("reason", "INVALID_EMAIL").containsEntry("text", null);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
