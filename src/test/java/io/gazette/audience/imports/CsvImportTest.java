package io.gazette.audience.imports;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gazette.audience.imports.Imports.await;
import static io.gazette.audience.imports.Imports.errors;
import static io.gazette.audience.imports.Imports.start;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** CSV imports with broken lines; the test profile writes chunks of four lines, so the file spans several. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CsvImportTest {

    @Inject
    AudienceData data;

    @Test
    void reportsEveryBadLineByNumberAndImportsEveryGoodRowOnce() throws Exception {
        long list = data.list("Imported", ListVisibility.PRIVATE, OptIn.DOUBLE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String suppressed = "sup-" + run + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", suppressed)).post("/api/suppressions").then().statusCode(200);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        write(csv, "email,name,city\n");                                           // 1 header
        write(csv, "ann-" + run + "@example.org,Ann,Porto\n");                      // 2 good
        write(csv, "bad-address,Bob,Lisbon\n");                                     // 3 invalid address
        write(csv, "cy-" + run + "@example.org,Cy,Faro,extra\n");                   // 4 extra column
        write(csv, "\n");                                                            // 5 blank line
        write(csv, "dee-" + run + "@example.org,D");                                 // 6 invalid UTF-8
        csv.write(new byte[]{(byte) 0xC3, (byte) 0x28});
        write(csv, "e,Braga\n");
        write(csv, "ANN-" + run + "@Example.org,Ann Again,Porto\n");                // 7 duplicate of 2, next chunk
        write(csv, "\"eve-" + run + "@example.org\",Eve,\"Line one\nLine two\"\n"); // 8-9 good, two lines
        write(csv, "fay-" + run + "@example.org,Fay Ç,\n");                          // 10 good, no city
        write(csv, suppressed + ",Sue,Sines\n");                                    // 11 suppressed
        write(csv, "ann-" + run + "@example.org,Ann Thrice,Porto\n");               // 12 duplicate of 2
        write(csv, "gus-" + run + "@example.org,Gus,Gaia");                          // 13 good, no final newline

        long id = start(csv.toByteArray(), Map.of("list", list, "status", "CONFIRMED"));
        JsonPath job = await(id);
        assertThat(job.getString("status")).isEqualTo("FINISHED");
        assertThat(job.getLong("rowsRead")).isEqualTo(11);
        assertThat(job.getLong("rowsImported")).isEqualTo(4);
        assertThat(job.getLong("rowsSkipped")).isEqualTo(4);
        assertThat(job.getLong("rowsFailed")).isEqualTo(3);

        assertThat(errors(id)).extracting(e -> e.get("line"), e -> e.get("outcome"), e -> e.get("reason"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "FAILED", "INVALID_EMAIL"),
                        org.assertj.core.groups.Tuple.tuple(4, "FAILED", "WRONG_COLUMN_COUNT"),
                        org.assertj.core.groups.Tuple.tuple(5, "SKIPPED", "BLANK_LINE"),
                        org.assertj.core.groups.Tuple.tuple(6, "FAILED", "INVALID_UTF8"),
                        org.assertj.core.groups.Tuple.tuple(7, "SKIPPED", "DUPLICATE"),
                        org.assertj.core.groups.Tuple.tuple(11, "SKIPPED", "SUPPRESSED"),
                        org.assertj.core.groups.Tuple.tuple(12, "SKIPPED", "DUPLICATE"));
        assertThat(errors(id).get(4)).contains(entry("detail", "duplicate of line 2"));
        assertThat(errors(id).get(1)).contains(entry("detail", "expected 3 fields, found 4"));

        assertThat(data.members(list, SubscriptionStatus.CONFIRMED)).isEqualTo(4);
        Subscriber ann = data.subscriber("ann-" + run + "@example.org").orElseThrow();
        assertThat(ann.name).isEqualTo("Ann");
        assertThat(ann.attributes).isEqualTo("{\"city\":\"Porto\"}");
        assertThat(ann.source).isEqualTo("import:" + id);
        assertThat(data.subscriber("eve-" + run + "@example.org").orElseThrow().attributes).isEqualTo("{\"city\":\"Line one\\nLine two\"}");
        assertThat(data.subscriber("fay-" + run + "@example.org").orElseThrow()).satisfies(fay -> {
            assertThat(fay.name).isEqualTo("Fay Ç");
            assertThat(fay.attributes).isNull();
        });
        assertThat(data.subscriber("gus-" + run + "@example.org")).isPresent();
        assertThat(data.subscriber("cy-" + run + "@example.org")).isEmpty();
        assertThat(data.subscriber("dee-" + run + "@example.org")).isEmpty();
        Subscription consent = data.subscription("ann-" + run + "@example.org", list).orElseThrow();
        assertThat(consent.consentMethod).hasToString("IMPORT");
        assertThat(consent.confirmedAt).isNotNull();
        assertThat(data.stagedRows(id)).as("staging is emptied when the job ends").isZero();
    }

    @Test
    void keepsOrOverwritesExistingSubscribersAndNeverUndoesAnUnsubscribe() {
        long list = data.list("Keep", ListVisibility.PRIVATE, OptIn.SINGLE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String old = "old-" + run + "@example.org";
        String gone = "gone-" + run + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", old, "name", "Old Name", "attributes", Map.of("tier", "gold")))
                .post("/api/subscribers").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBSCRIBE", "emails", List.of(gone), "lists", List.of(list), "status", "CONFIRMED"))
                .post("/api/subscribers/bulk").then().statusCode(200);
        data.unsubscribe(gone, list);

        byte[] csv = ("email;name;tier\n" + old + ";New Name;\n" + gone + ";Gone;silver\n").getBytes(StandardCharsets.UTF_8);
        await(start(csv, Map.of("list", list, "status", "UNCONFIRMED", "delimiter", ";")));
        assertThat(data.subscriber(old).orElseThrow().name).isEqualTo("Old Name");
        assertThat(data.status(old, list)).contains(SubscriptionStatus.UNCONFIRMED);
        assertThat(data.status(gone, list)).contains(SubscriptionStatus.UNSUBSCRIBED);

        JsonPath job = await(start(csv, Map.of("list", list, "status", "CONFIRMED", "delimiter", ";", "overwrite", true)));
        assertThat(job.getLong("rowsImported")).isEqualTo(2);
        Subscriber renamed = data.subscriber(old).orElseThrow();
        assertThat(renamed.name).isEqualTo("New Name");
        assertThat(renamed.attributes).as("an empty cell keeps the old value").isEqualTo("{\"tier\":\"gold\"}");
        assertThat(data.subscriber(gone).orElseThrow().attributes).isEqualTo("{\"tier\":\"silver\"}");
        assertThat(data.status(old, list)).as("existing subscriptions are left as they are").contains(SubscriptionStatus.UNCONFIRMED);
        assertThat(data.status(gone, list)).contains(SubscriptionStatus.UNSUBSCRIBED);
    }

    @Test
    void blocklistModeBlocksKnownAndNewAddresses() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String known = "known-" + run + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", known)).post("/api/subscribers").then().statusCode(201);
        byte[] csv = ("\uFEFFEmail\n" + known + "\nnew-" + run + "@example.org\n").getBytes(StandardCharsets.UTF_8);
        JsonPath job = await(start(csv, Map.of("mode", "BLOCKLIST")));
        assertThat(job.getString("status")).isEqualTo("FINISHED");
        assertThat(job.getLong("rowsImported")).isEqualTo(2);
        assertThat(data.subscriber(known).orElseThrow().status).isEqualTo(SubscriberStatus.BLOCKLISTED);
        assertThat(data.subscriber("new-" + run + "@example.org").orElseThrow().status).isEqualTo(SubscriberStatus.BLOCKLISTED);
    }

    @Test
    void unusableFilesFailTheJobWithAReason() {
        long list = data.list("Broken", ListVisibility.PRIVATE, OptIn.SINGLE);
        JsonPath noEmail = await(start("name,city\nAnn,Porto\n".getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED")));
        assertThat(noEmail.getString("status")).isEqualTo("FAILED");
        assertThat(noEmail.getString("failure")).contains("no 'email' column");

        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,name\nok1-" + run + "@example.org,A\nok2-" + run + "@example.org,B\n"
                + "ok3-" + run + "@example.org,C\nok4-" + run + "@example.org,D\nok5-" + run + "@example.org,\"E\" broken\n";
        JsonPath quoted = await(start(csv.getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED")));
        assertThat(quoted.getString("status")).isEqualTo("FAILED");
        assertThat(quoted.getString("failure")).startsWith("line 6: unreadable CSV")
                .contains("quoted value is not closed").doesNotContain("org.apache", "Exception");
        assertThat(quoted.getLong("rowsImported")).as("the lines before the damage are imported").isEqualTo(4);
    }

    @Test
    void uploadsMayExceedTheGeneralBodyLimit() {
        long list = data.list("Large", ListVisibility.PRIVATE, OptIn.SINGLE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String notes = "n".repeat(3_500);
        StringBuilder csv = new StringBuilder("email,notes\n");
        for (int i = 0; i < 700; i++) {
            csv.append("big").append(i).append('-').append(run).append("@example.org,").append(notes).append('\n');
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(2 * 1024 * 1024);
        JsonPath job = await(start(body, Map.of("list", list, "status", "CONFIRMED")));
        assertThat(job.getLong("fileBytes")).isEqualTo(body.length);
        assertThat(job.getLong("rowsImported")).isEqualTo(700);
    }

    @Test
    void badOptionsAreRefusedBeforeTheUploadIsRead() {
        long list = data.list("Options", ListVisibility.PRIVATE, OptIn.SINGLE);
        byte[] csv = "email\na@example.org\n".getBytes(StandardCharsets.UTF_8);
        Imports.upload(csv, Map.of("status", "CONFIRMED")).post("/api/imports").then().statusCode(400);
        Imports.upload(csv, Map.of("list", list)).post("/api/imports").then().statusCode(400);
        Imports.upload(csv, Map.of("list", 987_654, "status", "CONFIRMED")).post("/api/imports").then().statusCode(400);
        Imports.upload(csv, Map.of("list", list, "status", "CONFIRMED", "delimiter", "x")).post("/api/imports").then().statusCode(400);
        Imports.upload(new byte[0], Map.of("list", list, "status", "CONFIRMED")).post("/api/imports").then().statusCode(400);
        given().get("/api/imports/{id}", 987_654).then().statusCode(404);
    }

    @Test
    void cancellingStopsAtAChunkBoundaryWithConsistentCounters() {
        long list = data.list("Cancelled", ListVisibility.PRIVATE, OptIn.SINGLE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("c").append(i).append('-').append(run).append("@example.org,Person ").append(i).append('\n');
        }
        long id = start(csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED"));
        given().post("/api/imports/{id}/cancel", id).then().statusCode(200);
        JsonPath job = await(id);
        assertThat(job.getString("status")).isEqualTo("CANCELLED");
        assertThat(job.getLong("rowsRead")).isLessThan(20_000);
        assertThat(job.getLong("rowsImported")).isEqualTo(job.getLong("rowsRead"));
        assertThat(data.members(list, SubscriptionStatus.CONFIRMED)).isEqualTo(job.getLong("rowsImported"));
        assertThat(data.stagedRows(id)).isZero();
        given().post("/api/imports/{id}/cancel", id).then().statusCode(409);
        given().get("/api/imports").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem((int) id));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
