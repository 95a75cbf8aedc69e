package io.gazette.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** What editors type comes out of pages as text, never as markup. */
@QuarkusTest
class AccountPageTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aHostileDisplayNameIsEscaped() {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'";
        TestAccounts.Account editor = accounts.create(Roles.EDITOR, payload);
        String session = new BrowserSession().sessionCookie(editor.email(), editor.password());

        given().cookie("quarkus-credential", session).get("/account")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")));
    }
}
