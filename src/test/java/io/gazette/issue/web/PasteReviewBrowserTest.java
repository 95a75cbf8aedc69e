package io.gazette.issue.web;

import com.microsoft.playwright.Page;
import io.gazette.security.TestAccounts;
import io.gazette.support.AppBrowser;
import io.gazette.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paste review in a real headless Chromium, through the real sign-in: a digest with a numbering slip shows its
 * warning and the items it would add in place of the box, at a phone's width too, passes an axe-core scan, saves
 * nothing, and imports on "Import anyway".
 */
@QuarkusTest
class PasteReviewBrowserTest {

    private static final String SLIP = "1. First\n\nBody one.\n\n3. Second\n\nBody two.\n\n4. Third\n\nBody three.";

    @Inject
    TestAccounts accounts;

    @TestHTTPResource("/")
    URL root;

    AppBrowser browser;
    TestAccounts.Account admin;
    TestAccounts.Account editor;

    @BeforeEach
    void start() {
        browser = new AppBrowser(root);
        admin = accounts.create("admin");
        editor = accounts.create("editor");
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void aNumberingSlipIsReviewedBeforeTheItemsAreImported() {
        long issue = issueWithoutItems();
        Page page = browser.signedIn(editor.email(), editor.password(), 375);
        page.navigate(browser.url("/issues/" + issue));

        page.fill("#paste-text", SLIP);
        page.click("button:has-text('Import items')");
        assertThat(page.locator("#paste-review")).containsText("line 5: item numbered 3, expected 2");
        assertThat(page.locator(".paste-items .item-title")).hasText(new String[] {"First", "Second", "Third"});
        assertThat(page.locator("#paste-text")).hasValue(SLIP);
        assertThat(page.locator("#items-heading")).hasText("Items (0)");
        AppBrowser.assertAccessible(page);
        assertThat(admin.bearer().get("/api/issues/{id}", issue).jsonPath().getList("items")).isEmpty();

        page.click("button:has-text('Import anyway')");
        assertThat(page.locator(".flash")).containsText("Imported 3 item(s)");
        assertThat(page.locator("#items-heading")).hasText("Items (3)");
    }

    private long issueWithoutItems() {
        long newsletter = admin.bearer().contentType(ContentType.JSON).body(Fixtures.newsletterBody(Fixtures.uniqueSlug("review")))
                .post("/api/newsletters").then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.grant(admin.bearer(), editor.id(), newsletter);
        return admin.bearer().contentType(ContentType.JSON).body(Map.of("title", "Reviewed week"))
                .post("/api/newsletters/{id}/issues", newsletter).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
