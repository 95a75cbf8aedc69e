package io.gazette.audience.imports;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The CSV export is an import format: re-importing it with overwrite gives back the same subscribers (issue 20). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ExportReimportTest {

    @Inject
    AudienceData data;

    @Test
    void reimportingAnExportWithOverwriteChangesNothing() {
        long list = data.list("Round trip", ListVisibility.PRIVATE, OptIn.SINGLE);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String formulaEmail = "=1+1-" + tag + "@example.com";
        String plainEmail = "ana-" + tag + "@example.com";
        int formula = create(formulaEmail, "=HYPERLINK(\"http://x.example\",\"hi\")", Map.of("city", "Porto"), list);
        int plain = create(plainEmail, "Ana", Map.of("plan", 3, "note", "-minus"), list);
        byte[] export = given().queryParam("list", list).get("/api/subscribers/export")
                .then().statusCode(200).extract().asByteArray();

        JsonPath job = Imports.await(Imports.start(export,
                Map.of("list", list, "status", "CONFIRMED", "overwrite", true)));

        assertThat(job.getInt("rowsFailed")).isZero();
        assertThat(job.getInt("rowsCreated")).as("no subscriber such as '=1+1@…").isZero();
        given().get("/api/subscribers/{id}", formula).then().statusCode(200)
                .body("email", equalTo(formulaEmail))
                .body("name", equalTo("=HYPERLINK(\"http://x.example\",\"hi\")"))
                .body("attributes", equalTo(Map.of("city", "Porto")));
        given().get("/api/subscribers/{id}", plain).then().statusCode(200)
                .body("attributes", equalTo(Map.of("plan", 3, "note", "-minus")));
        byte[] again = given().queryParam("list", list).get("/api/subscribers/export").then().extract().asByteArray();
        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(new String(export, StandardCharsets.UTF_8));
    }

    @Test
    void aLocalPartOutsideAsciiIsAClearLineOfTheReport() {
        long list = data.list("Umlaut import", ListVisibility.PRIVATE, OptIn.SINGLE);
        String csv = "email\njörg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org\n";
        long id = Imports.start(csv.getBytes(StandardCharsets.UTF_8), Map.of("list", list, "status", "CONFIRMED"));
        Imports.await(id);

        List<Map<String, Object>> errors = Imports.errors(id);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.get("reason")).isEqualTo("INVALID_EMAIL");
            assertThat((String) error.get("detail")).contains("outside ASCII before the @").contains("SMTPUTF8");
        });
    }

    private static int create(String email, String name, Map<String, Object> attributes, long list) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", name, "attributes", attributes, "lists", List.of(list),
                        "status", "CONFIRMED"))
                .post("/api/subscribers")
                .then().statusCode(201).extract().path("id");
    }
}
