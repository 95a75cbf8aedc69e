package io.gazette.render;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PreviewResourceTest {

    @Inject
    TestIssues testIssues;

    private long issue(int items) {
        return testIssues.issue(testIssues.newsletter("Preview Weekly", null).newsletterId(), "Issue title", items);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void htmlPreviewShowsEveryItemForTheSampleSubscriber() {
        long issue = issue(10);
        String html = given().get("/api/issues/{id}/preview?format=html", issue)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .extract().asString();
        Document document = Jsoup.parse(html);
        for (int n = 1; n <= 10; n++) {
            assertTrue(document.text().contains(n + ". Headline " + n), "item " + n + " is numbered and shown");
        }
        assertTrue(document.text().contains("Hi Sam Sample,"));
        assertTrue(document.select("a[href*=/unsubscribe/]").size() == 1, "one personal unsubscribe link");
    }

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void editorsPreviewTextAndEml() throws Exception {
        long issue = issue(2);
        given().get("/api/issues/{id}/preview?format=text", issue)
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("1. Headline 1"), containsString("2. Headline 2"));
        byte[] eml = given().get("/api/issues/{id}/preview?format=eml", issue)
                .then().statusCode(200)
                .contentType(startsWith("message/rfc822"))
                .header("Content-Disposition", containsString(".eml"))
                .extract().asByteArray();
        assertEquals("multipart/alternative", parse(eml).getContentType().split(";")[0]);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownFormatIsAProblem() {
        long issue = issue(1);
        given().get("/api/issues/{id}/preview?format=pdf", issue)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void missingIssueIsNotFound() {
        given().get("/api/issues/{id}/preview", 987654321).then().statusCode(404);
    }

    @Test
    void anonymousCannotPreview() {
        given().get("/api/issues/{id}/preview", 1).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void apiRefusesLineBreaksInHeaderBoundFields() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Fine", "subject", "Hello\r\nBcc: victim@example.org", "version", 0))
                .put("/api/issues/{id}", issue(1))
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("subject"));
    }

    private static MimeMessage parse(byte[] eml) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            assertEquals(2, ((MimeMultipart) message.getContent()).getCount());
            return message;
        } catch (Exception e) {
            throw new AssertionError("the .eml does not parse", e);
        }
    }
}
