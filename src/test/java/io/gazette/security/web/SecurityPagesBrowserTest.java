package io.gazette.security.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.gazette.security.TestAccounts;
import io.gazette.support.AppBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's security chores in a real headless Chromium: an API token made on the account page, seen once, used and
 * revoked, and the revocation found in the audit log. The account and audit pages pass an axe-core scan.
 */
@QuarkusTest
class SecurityPagesBrowserTest {

    @Inject
    TestAccounts accounts;

    @TestHTTPResource("/")
    URL root;

    AppBrowser browser;

    @BeforeEach
    void start() {
        browser = new AppBrowser(root);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anAdminCreatesATokenSeesItOnceRevokesItAndFindsTheRevocationInTheAuditLog() {
        TestAccounts.Account admin = accounts.create("admin", "Ada Admin");
        Page page = browser.signedIn(admin.email(), admin.password(), 1280);

        page.click("header >> text=Ada Admin");
        page.waitForURL("**/account");
        AppBrowser.assertAccessible(page);
        page.fill("#token-name", "Deploy script");
        page.click("button:has-text('Create token')");
        assertThat(page.locator(".new-token")).containsText("it will not be shown again");
        String token = page.inputValue("#new-token-value");
        assertThat(token).matches("gz_[A-Za-z0-9_-]{43}");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        AppBrowser.assertAccessible(page);

        page.navigate(browser.url("/account"));
        assertThat(page.locator("#new-token-value")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);
        Locator row = page.locator("table.tokens tbody tr", new Page.LocatorOptions().setHasText("Deploy script"));
        row.locator("summary").click();
        row.locator("button:has-text('Yes, revoke')").click();
        assertThat(page.locator(".flash")).containsText("“Deploy script” revoked");
        assertThat(row).containsText("revoked");
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);

        page.click("header >> text=Audit log");
        page.waitForURL("**/audit");
        page.selectOption("#action", "token.revoked");
        page.fill("#actor", admin.email());
        page.click("button:has-text('Filter')");
        page.waitForURL("**/audit?*action=token.revoked*");
        Locator entries = page.locator("table.audit tbody tr");
        assertThat(entries).hasCount(1);
        assertThat(entries.first()).containsText("'Deploy script' of user:" + admin.id());
        assertThat(entries.first()).containsText(admin.email());
        assertThat(page.locator("#action")).hasValue("token.revoked");
        AppBrowser.assertAccessible(page);
        AppBrowser.screenshot(page, "audit-log");

        page.setViewportSize(375, 800);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                .isLessThanOrEqualTo(375);
    }
}
