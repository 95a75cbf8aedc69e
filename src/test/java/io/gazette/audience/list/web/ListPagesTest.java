package io.gazette.audience.list.web;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The lists pages through HTTP: what each role sees and may do, and forms that keep what was typed. */
@QuarkusTest
class ListPagesTest {

    @Inject
    AudienceData audience;

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void anAdminCreatesAListSeesItsSignUpSnippetEditsAndDeletesIt() {
        String slug = Fixtures.uniqueSlug("page-list");
        String location = given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("name", "Friends & Family").formParam("slug", slug).formParam("visibility", "PUBLIC")
                .formParam("optIn", "DOUBLE").post("/lists")
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Document page = Jsoup.parse(given().get("/lists/{id}", id).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Friends & Family");
        assertThat(page.select("#snippet").text()).contains("/subscribe/" + slug).contains("Subscribe to Friends &amp; Family");
        assertThat(page.select("a[href=/api/subscribers/export?list=" + id + "]")).hasSize(1);

        given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("name", "Friends").formParam("slug", slug).formParam("visibility", "PRIVATE")
                .formParam("optIn", "SINGLE").formParam("version", "0").post("/lists/{id}/edit", id)
                .then().statusCode(303);
        given().get("/api/lists/{id}", id).then().body("name", org.hamcrest.Matchers.equalTo("Friends"))
                .body("visibility", org.hamcrest.Matchers.equalTo("PRIVATE"));
        assertThat(Jsoup.parse(given().get("/lists/{id}", id).asString()).select("#snippet"))
                .as("a private list has no sign-up form").isEmpty();

        given().get("/lists/{id}/delete", id).then().statusCode(200).body(containsString("Delete the list"));
        given().redirects().follow(false).contentType(ContentType.URLENC).post("/lists/{id}/delete", id)
                .then().statusCode(303).header("Location", endsWith("/lists"));
        given().get("/api/lists/{id}", id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void theNewslettersSettingsNameTheListsChosenForItOnTheListForm() {
        long newsletter = given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(Fixtures.uniqueSlug("fed")))
                .post("/api/newsletters").then().statusCode(201).extract().jsonPath().getLong("id");
        String location = given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("name", "Feeds it").formParam("slug", Fixtures.uniqueSlug("feeds")).formParam("visibility", "PUBLIC")
                .formParam("optIn", "SINGLE").formParam("newsletterIds", newsletter).post("/lists")
                .then().statusCode(303).extract().header("Location");
        Document settings = Jsoup.parse(given().get("/newsletters/{id}/edit", newsletter).then().statusCode(200).extract().asString());
        assertThat(settings.select("a[href=" + location.substring(location.indexOf("/lists/")) + "]").text()).isEqualTo("Feeds it");
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void aRefusedListFormKeepsTheTypedTextAndNamesEachField() {
        long taken = audience.list("Taken", ListVisibility.PUBLIC, OptIn.SINGLE);
        Document page = Jsoup.parse(given().contentType(ContentType.URLENC)
                .formParam("name", "Night <Owls>").formParam("slug", "Not A Slug").formParam("visibility", "SIDEWAYS")
                .formParam("optIn", "DOUBLE").post("/lists").then().statusCode(422).extract().asString());
        assertThat(page.select("#name").val()).isEqualTo("Night <Owls>");
        assertThat(page.select("#visibility-error").text()).isEqualTo("is not one of the choices");

        Document second = Jsoup.parse(given().contentType(ContentType.URLENC)
                .formParam("name", "Night Owls").formParam("slug", "Not A Slug").formParam("visibility", "PUBLIC")
                .formParam("optIn", "DOUBLE").post("/lists").then().statusCode(422).extract().asString());
        assertThat(second.select("#slug-error").text()).contains("lowercase");
        assertThat(second.select("#slug").attr("aria-invalid")).isEqualTo("true");
        assertThat(second.select("#slug").val()).isEqualTo("Not A Slug");

        Document third = Jsoup.parse(given().contentType(ContentType.URLENC)
                .formParam("name", "Night Owls").formParam("slug", audience.slug(taken)).formParam("visibility", "PUBLIC")
                .formParam("optIn", "DOUBLE").post("/lists").then().statusCode(422).extract().asString());
        assertThat(third.select("#slug-error").text()).isEqualTo("is already used by another list");
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void anEditorSeesListsAndCountsButNoAdminActions() {
        long id = audience.list("Editors' view", ListVisibility.PUBLIC, OptIn.SINGLE);
        Document all = Jsoup.parse(given().get("/lists").then().statusCode(200).extract().asString());
        assertThat(all.select("a[href=/lists/" + id + "]").text()).isEqualTo("Editors' view");
        assertThat(all.select("a[href=/lists/new]")).isEmpty();
        Document one = Jsoup.parse(given().get("/lists/{id}", id).then().statusCode(200).extract().asString());
        assertThat(one.select("#snippet")).isEmpty();
        assertThat(one.select("a[href=/lists/" + id + "/edit]")).isEmpty();
        for (String path : new String[] {"/lists/new", "/lists/" + id + "/edit", "/lists/" + id + "/delete"}) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
        given().contentType(ContentType.URLENC).post("/lists/{id}/delete", id).then().statusCode(403);
        given().get("/api/lists/{id}", id).then().statusCode(200);
    }
}
