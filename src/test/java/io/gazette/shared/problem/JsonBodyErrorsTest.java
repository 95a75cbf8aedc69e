package io.gazette.shared.problem;

import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A JSON body that does not fit is refused with 400 naming the field in the client's terms, never a Java class. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class JsonBodyErrorsTest {

    @Test
    void anUnknownFieldIsRefusedByName() {
        post(Map.of("title", "Weekly", "titel", "typo")).statusCode(400)
                .body("errors[0].field", equalTo("titel"))
                .body("errors[0].message", allOf(containsString("not a field"), containsString("title")));
    }

    @Test
    void anUnknownFieldInsideAListIsRefusedWithItsPath() {
        post(Map.of("title", "Weekly", "items", List.of(Map.of("headline", "One", "colour", "red")))).statusCode(400)
                .body("errors[0].field", equalTo("items[0].colour"));
    }

    @Test
    void aNumberIsNotStoredAsText() {
        post(Map.of("title", 123)).statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("must be text (a JSON string)"));
    }

    @Test
    void textIsNotReadAsANumberNorAFractionAsAWholeNumber() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType(ContentType.JSON).body(Map.of("title", "Weekly", "version", "0"))
                .put("/api/issues/{id}", issue).then().statusCode(400)
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].message", equalTo("must be a whole number"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Weekly", "version", 0.5))
                .put("/api/issues/{id}", issue).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void theWrongShapeIsExplainedWithoutJavaClassNames() {
        post(List.of("not", "an", "object")).statusCode(400)
                .body("detail", equalTo("The request body must be an object (a JSON object)"))
                .body("detail", not(containsString("io.gazette")));
    }

    @Test
    void brokenJsonIsExplainedWithItsPosition() {
        post("{\"title\": ").statusCode(400)
                .body("type", equalTo("urn:gazette:problem:malformed-body"))
                .body("detail", allOf(containsString("not valid JSON (line 1"), not(containsString("com.fasterxml"))));
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/newsletters/{id}/issues", Fixtures.newsletter()).then()
                .contentType("application/problem+json");
    }
}
