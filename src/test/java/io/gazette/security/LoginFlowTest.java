package io.gazette.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LoginFlowTest {

    @Inject
    TestAccounts accounts;

    @Test
    void signsInWithTheFormAndLandsOnTheAccountPage() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();
        Response response = browser.signIn(editor.email(), editor.password());
        assertEquals(302, response.statusCode());
        String session = response.getCookie("quarkus-credential");

        given().cookie("quarkus-credential", session).redirects().follow(false).get("/account")
                .then().statusCode(200)
                .body(containsString(editor.email()));
    }
}
