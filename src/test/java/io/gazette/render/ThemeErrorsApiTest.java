package io.gazette.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import io.gazette.render.theme.ThemeException;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A broken theme is reported, with file and line, when a newsletter is saved with it or an issue is previewed;
 * a send started after the theme broke still renders with the theme's last good version.
 */
@QuarkusTest
@TestProfile(ThemeErrorsApiTest.WritableThemes.class)
@TestSecurity(user = "admin", roles = "admin")
class ThemeErrorsApiTest {

    static final Path THEMES = Path.of("target/theme-errors-test");

    public static class WritableThemes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gazette.render.themes-dir", THEMES.toString());
        }
    }

    @Inject
    TestIssues testIssues;

    @Inject
    RenderService render;

    @BeforeAll
    static void copyThemes() throws IOException {
        copy(Path.of("templates/default"), THEMES.resolve("default"));
        copy(Path.of("templates/default"), THEMES.resolve("fragile"));
        copy(Path.of("src/test/resources/themes/broken-property"), THEMES.resolve("broken-property"));
    }

    @Test
    void savingANewsletterWithAMissingThemeIsRefused() {
        given().contentType(ContentType.JSON).body(newsletter("no-such-theme"))
                .post("/api/newsletters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("theme"));
    }

    @Test
    void savingANewsletterWithABrokenThemeNamesFileAndLine() {
        given().contentType(ContentType.JSON).body(newsletter("broken-property"))
                .post("/api/newsletters")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:theme-broken"))
                .body("detail", startsWith("broken-property/email.html:4: "))
                .body("errors[0].field", equalTo("theme"));
    }

    @Test
    void theNewsletterFormShowsABrokenThemesFileAndLineNextToTheThemeField() {
        Map<String, Object> fields = newsletter("broken-property");
        String html = given().contentType(ContentType.URLENC).formParams(fields).post("/newsletters")
                .then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#theme-error").text()).contains("broken-property/email.html:4");
        assertThat(page.select("#theme").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#theme").val()).isEqualTo("broken-property");
        assertThat(page.select("#name").val()).as("the rest of the form is kept").isEqualTo(fields.get("name"));
    }

    @Test
    void previewReportsAThemeBrokenAfterSavingWhileSendsKeepTheLastGoodVersion() throws IOException {
        long issue = testIssues.issue(testIssues.newsletter("Fragile Weekly", "fragile").newsletterId(), "Fragile", 2);
        given().get("/api/issues/{id}/preview", issue).then().statusCode(200);

        Path item = THEMES.resolve("fragile/_item.html");
        Files.writeString(item, "<tr><td>\n{item.headlin}\n</td></tr>\n");
        Files.setLastModifiedTime(item, FileTime.fromMillis(Files.getLastModifiedTime(item).toMillis() + 2000));

        given().get("/api/issues/{id}/preview?format=text", issue)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("fragile/_item.html:2: "))
                .body("detail", containsString("headlin"));
        assertEquals(2, render.renderForSend(issue).rendered().issue().itemCount(), "sending goes on with the last good version");
        ThemeException e = assertThrows(ThemeException.class, () -> render.preview(issue, PreviewFormat.HTML));
        assertEquals("fragile/_item.html", e.file());
    }

    private static Map<String, Object> newsletter(String theme) {
        Map<String, Object> body = new HashMap<>(Fixtures.newsletterBody(Fixtures.uniqueSlug("t")));
        body.put("theme", theme);
        return body;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
