package io.gazette.audience.imports.web;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.security.BrowserSession;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.support.Poll;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** The imports pages through HTTP: upload, progress, rejected lines and report, refusals, roles and sign-in. */
@QuarkusTest
class ImportPagesTest {

    @Inject
    AudienceData data;

    @Inject
    TestAccounts accounts;

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void anAdminUploadsAFileAndSeesItsBadLineEscapedAndInTheReport() {
        String listName = "Readers " + AudienceData.uniqueEmail("l");
        long list = data.list(listName, ListVisibility.PRIVATE, OptIn.SINGLE);
        Document form = Jsoup.parse(given().get("/imports").then().statusCode(200).contentType(ContentType.HTML)
                .header("Cache-Control", "no-store").body(containsString("Import a CSV file")).extract().asString());
        assertThat(form.select("main#main")).hasSize(1);
        assertThat(form.select("input[type=checkbox][name=list][value=" + list + "]").parents().select("label").text()).contains(listName);
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);

        String csv = "email,name\n" + AudienceData.uniqueEmail("ann") + ",Ann\nnot-an-address,<b>Bold</b> Bob\n";
        String location = upload(csv, Map.of("list", list, "status", "CONFIRMED"))
                .then().statusCode(303).header("Location", matchesPattern(".*/imports/\\d+$"))
                .cookie("gz_flash", containsString("started")).extract().header("Location");
        String job = location.substring(location.indexOf("/imports/"));

        Poll.until("the import ends", () -> given().get(job + "/progress").header("HX-Trigger") != null);
        Document progress = Jsoup.parse(given().get(job + "/progress").asString());
        assertThat(progress.select("[data-status]").text()).isEqualTo("FINISHED");
        assertThat(progress.select("#progress").attr("hx-trigger")).as("polling stops once ended").isEmpty();
        assertThat(progress.select("progress").attr("value")).isEqualTo("100");
        assertThat(progress.select("[data-stat=created]").text()).isEqualTo("1");
        assertThat(progress.select("[data-stat=failed]").text()).isEqualTo("1");

        Document page = Jsoup.parse(given().get(job).then().statusCode(200).extract().asString());
        assertThat(page.select("tr[data-line=3] td").eachText())
                .containsExactly("3", "FAILED", "INVALID_EMAIL: not a valid email address", "not-an-address,<b>Bold</b> Bob");
        assertThat(page.select("tr[data-line=3] b")).as("the line is shown as text, never as markup").isEmpty();
        assertThat(page.text()).contains(listName);
        assertThat(page.select("a[href=" + job + "/report.csv]").text()).isEqualTo("Download the report");

        given().get(job + "/report.csv").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", startsWith("attachment"))
                .body(startsWith("line,outcome,reason,detail,row\r\n3,FAILED,INVALID_EMAIL,not a valid email address,"
                        + "\"not-an-address,<b>Bold</b> Bob\"\r\n"));
        Document imports = Jsoup.parse(given().get("/imports").asString());
        assertThat(imports.select("a[href=" + job + "]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void aRefusedUploadNamesEachFieldAndKeepsTheChoices() {
        long list = data.list("Kept", ListVisibility.PRIVATE, OptIn.SINGLE);
        Document noListNoStatus = Jsoup.parse(upload("email\na@example.org\n", Map.of("overwrite", "true", "delimiter", ";"))
                .then().statusCode(422).extract().asString());
        assertThat(noListNoStatus.select("#list-error").text()).isEqualTo("name at least one list to subscribe to");
        assertThat(noListNoStatus.select("fieldset[aria-describedby=list-error] legend").text()).isEqualTo("Lists to subscribe to");
        assertThat(noListNoStatus.select("input[name=overwrite]").hasAttr("checked")).isTrue();
        assertThat(noListNoStatus.select("#delimiter option[selected]").val()).isEqualTo(";");

        Document noStatus = Jsoup.parse(upload("email\na@example.org\n", Map.of("list", list, "mode", "SUBSCRIBE"))
                .then().statusCode(422).extract().asString());
        assertThat(noStatus.select("#status-error").text()).startsWith("must be CONFIRMED or UNCONFIRMED");
        assertThat(noStatus.select("input[name=list][value=" + list + "]").hasAttr("checked")).as("the chosen list stays chosen").isTrue();

        Document noFile = Jsoup.parse(given().multiPart("list", String.valueOf(list)).multiPart("status", "CONFIRMED")
                .multiPart("file", "", new byte[0], "application/octet-stream").post("/imports")
                .then().statusCode(422).extract().asString());
        assertThat(noFile.select("#file-error").text()).isEqualTo("choose a CSV file that is not empty");
        assertThat(noFile.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(noFile.select("#file").attr("aria-describedby")).contains("file-error");
        assertThat(noFile.select("input[name=status][value=CONFIRMED]").hasAttr("checked")).isTrue();

        Document badDelimiter = Jsoup.parse(upload("email\na@example.org\n", Map.of("list", list, "status", "CONFIRMED", "delimiter", "x"))
                .then().statusCode(422).extract().asString());
        assertThat(badDelimiter.select("#delimiter-error").text()).isEqualTo("must be one of , ; | or tab");
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void aRunningImportPollsItsProgressAndCanBeCancelled() {
        long list = data.list("Long", ListVisibility.PRIVATE, OptIn.SINGLE);
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("long").append(i).append('-').append(list).append("@example.org\n");
        }
        String location = upload(csv.toString(), Map.of("list", list, "status", "CONFIRMED")).then().statusCode(303)
                .extract().header("Location");
        String job = location.substring(location.indexOf("/imports/"));
        Document running = Jsoup.parse(given().get(job).asString());
        assertThat(running.select("#progress").attr("hx-get")).isEqualTo(job + "/progress");
        assertThat(running.select("#progress").attr("hx-trigger")).isEqualTo("every 2s");
        assertThat(running.select("#progress form[action=" + job + "/cancel] button").text()).isEqualTo("Yes, cancel the import");

        given().contentType(ContentType.URLENC).redirects().follow(false).post(job + "/cancel")
                .then().statusCode(303).header("Location", endsWith(job));
        Poll.until("the import stops", () -> given().get(job + "/progress").header("HX-Trigger") != null);
        Document cancelled = Jsoup.parse(given().get(job).asString());
        assertThat(cancelled.select("[data-status]").text()).isEqualTo("CANCELLED");
        assertThat(cancelled.select("#progress form")).as("no cancel once ended").isEmpty();
        given().contentType(ContentType.URLENC).redirects().follow(false).post(job + "/cancel")
                .then().statusCode(303).cookie("gz_flash", containsString("already"));
    }

    /** Like the API, the upload page takes files over the general 2 MB body limit. */
    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void anUploadMayExceedTheGeneralBodyLimit() {
        long list = data.list("Large page upload", ListVisibility.PRIVATE, OptIn.SINGLE);
        StringBuilder csv = new StringBuilder("email,notes\n");
        for (int i = 0; i < 700; i++) {
            csv.append("page-big").append(i).append('-').append(list).append("@example.org,").append("n".repeat(3_500)).append('\n');
        }
        assertThat(csv.length()).isGreaterThan(2 * 1024 * 1024);
        upload(csv.toString(), Map.of("list", list, "status", "CONFIRMED")).then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void anEditorIsRefusedEveryImportPageAndNotShownTheLink() {
        for (String path : List.of("/imports", "/imports/1", "/imports/1/progress", "/imports/1/rejected", "/imports/1/report.csv")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
        upload("email\na@example.org\n", Map.of("status", "CONFIRMED")).then().statusCode(403);
        given().contentType(ContentType.URLENC).post("/imports/1/cancel").then().statusCode(403);
        assertThat(Jsoup.parse(given().get("/dashboard").asString()).select("a[href=/imports]")).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/imports", "/imports/1", "/imports/1/report.csv")) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", containsString("/login"));
        }
    }

    /** The export form sends the browser straight to the API, whose GETs take the session cookie. */
    @Test
    void theExportFormDownloadsFromTheApiWithTheSessionCookie() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        String session = new BrowserSession().sessionCookie(admin.email(), admin.password());
        Document page = Jsoup.parse(given().cookie("quarkus-credential", session).get("/imports").then().statusCode(200).extract().asString());
        assertThat(page.select("form[action=/api/subscribers/export][method=get] select").eachAttr("name"))
                .containsExactly("list", "subscription", "status");
        assertThat(page.select("a[href=/imports]")).as("the admin's header links here").hasSize(1);
        given().cookie("quarkus-credential", session).queryParam("list", "").queryParam("subscription", "").queryParam("status", "")
                .get("/api/subscribers/export").then().statusCode(200).contentType("text/csv")
                .body(startsWith("email,name,status,source,created_at,attributes"));
    }

    /** The upload form is a form post with the session's cookie: without the form's CSRF token it is refused. */
    @Test
    void theUploadFormNeedsItsCsrfToken() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        long list = data.list("Csrf", ListVisibility.PRIVATE, OptIn.SINGLE);
        BrowserSession browser = new BrowserSession();
        String session = browser.sessionCookie(admin.email(), admin.password());
        String token = browser.fetchCsrfToken("/imports", Map.of("quarkus-credential", session));
        byte[] csv = ("email\n" + AudienceData.uniqueEmail("csrf") + "\n").getBytes(StandardCharsets.UTF_8);
        given().cookie("quarkus-credential", session).cookie("csrf-token", token).redirects().follow(false)
                .multiPart("file", "people.csv", csv, "text/csv").multiPart("list", String.valueOf(list))
                .multiPart("status", "CONFIRMED").post("/imports").then().statusCode(403);
        given().cookie("quarkus-credential", session).cookie("csrf-token", token).redirects().follow(false)
                .multiPart("csrf-token", token).multiPart("file", "people.csv", csv, "text/csv")
                .multiPart("list", String.valueOf(list)).multiPart("status", "CONFIRMED").post("/imports")
                .then().statusCode(303);
    }

    private static Response upload(String csv, Map<String, ?> fields) {
        var request = given().redirects().follow(false)
                .multiPart("file", "people.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        fields.forEach((name, value) -> request.multiPart(name, String.valueOf(value)));
        return request.post("/imports");
    }
}
