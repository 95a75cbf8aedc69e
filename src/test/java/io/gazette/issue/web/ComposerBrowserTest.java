package io.gazette.issue.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import io.gazette.delivery.send.SendKit;
import io.gazette.security.TestAccounts;
import io.gazette.support.AppBrowser;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's week in a real headless Chromium, through the real sign-in, application and database: compose, reorder
 * by drag and by keyboard, preview at a phone's width, test, schedule, paste a digest, send and watch it finish, and
 * two editors saving the same issue. Every page on the way passes an axe-core scan.
 */
@QuarkusTest
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ComposerBrowserTest {

    @Inject
    TestAccounts accounts;

    @Inject
    SendKit kit;

    @TestHTTPResource("/")
    URL root;

    AppBrowser browser;
    TestAccounts.Account admin;
    TestAccounts.Account editor;
    String slug;

    @BeforeEach
    void start() {
        browser = new AppBrowser(root);
        admin = accounts.create("admin");
        editor = accounts.create("editor", "Edna Editor");
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void composesReordersPreviewsTestsAndSchedulesAnIssue() {
        newsletter();
        Page page = browser.signedIn(editor.email(), editor.password(), 1280);
        AppBrowser.assertAccessible(page);

        page.click("text=Newsletters");
        AppBrowser.assertAccessible(page);
        page.click("a:has-text('Test Weekly " + slug + "')");
        page.fill("#new-title", "Harbour week");
        page.click("button:has-text('Create issue')");
        page.waitForURL("**/issues/*");
        assertThat(page.locator(".flash")).containsText("Issue #1 created.");

        for (String headline : List.of("Alpha", "Bravo", "Charlie")) {
            page.fill("#add-headline", headline);
            page.fill("#add-body", "About " + headline + ".");
            page.click("#add-item button[type=submit]");
            assertThat(page.locator(".item-title").last()).hasText(headline);
        }
        assertThat(page.locator("#items-heading")).hasText("Items (3)");
        AppBrowser.assertAccessible(page);

        // The new order shows at once; the reload waits for the one call that saves it.
        Response saved = page.waitForResponse(response -> response.url().endsWith("/items/order"),
                () -> drag(page, page.locator(".drag").nth(2), page.locator(".drag").nth(0)));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(page.locator(".item-number")).hasText(new String[] {"1.", "2.", "3."});
        assertThat(page.locator(".item-title")).hasText(new String[] {"Charlie", "Alpha", "Bravo"});
        page.reload();
        assertThat(page.locator(".item-title")).hasText(new String[] {"Charlie", "Alpha", "Bravo"});

        page.locator("li[data-id]").nth(1).locator("[data-move=up]").focus();
        page.keyboard().press("Alt+ArrowUp");
        assertThat(page.locator(".item-title")).hasText(new String[] {"Alpha", "Charlie", "Bravo"});
        assertThat(page.locator("li[data-id]").nth(0).locator("[data-move=down]")).isFocused();

        page.fill("#title", "Harbour week, edited in place");
        assertThat(page.locator("#meta-state")).containsText("Saved");
        assertThat(page.frameLocator("[data-preview] iframe").locator("body")).containsText("Harbour week, edited in place");
        page.click("[data-preview-mode=phone]");
        assertThat(page.frameLocator("[data-preview] iframe").locator("h2").first()).containsText("Alpha");
        double frameWidth = page.locator("[data-preview] iframe").boundingBox().width;
        assertThat(frameWidth).isLessThanOrEqualTo(375);
        page.locator("h1").scrollIntoViewIfNeeded();
        AppBrowser.screenshot(page, "composer");
        page.click("[data-preview-mode=text]");
        assertThat(page.frameLocator("[data-preview] iframe").locator("body")).containsText("1. Alpha");

        String me = "edna-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.fill("#test-addresses", me);
        page.click("button:has-text('Send test')");
        assertThat(page.locator("#sending [role=status]")).containsText(me + ": SENT");
        MimeMessage test = Mailbox.awaitOne(me);
        assertThat(subject(test)).startsWith("[Test]");

        page.click("#sending button:has-text('Schedule')");
        assertThat(page.locator(".flash")).containsText("is scheduled");
        assertThat(page.locator("#sending")).containsText("Scheduled for");
        page.click("header >> text=Dashboard");
        assertThat(page.locator("section[aria-labelledby=scheduled-heading]")).containsText("Harbour week, edited in place");
        assertThat(page.locator("section[aria-labelledby=scheduled-heading]")).containsText("Europe/Lisbon");
        assertThat(page.locator("header nav")).not().containsText("Users");
        assertThat(page.locator("header nav")).not().containsText("Imports");
        assertThat(page.locator("header nav")).not().containsText("Audit log");
        AppBrowser.screenshot(page, "dashboard");
        assertThat(page.navigate(browser.url("/users")).status()).as("an editor is refused the users page").isEqualTo(403);
        assertThat(page.locator("h1")).hasText("This page is not for your role");
        AppBrowser.assertAccessible(page);
    }

    @Test
    void pastesTheDemoDigestAndShowsAPasteErrorNextToTheBox() throws IOException {
        long newsletter = newsletter();
        long issue = issueWithoutItems(newsletter);
        Page page = browser.signedIn(editor.email(), editor.password(), 1280);
        page.navigate(browser.url("/issues/" + issue));

        page.fill("#paste-text", "Just a thought, with no numbered items at all.");
        page.click("button:has-text('Import items')");
        assertThat(page.locator("#paste-errors")).containsText("no numbered items found");
        assertThat(page.locator("#paste-text")).hasValue("Just a thought, with no numbered items at all.");
        assertThat(page.locator("#paste-text")).hasAttribute("aria-invalid", "true");
        AppBrowser.assertAccessible(page);

        page.fill("#paste-text", demoDigest());
        page.click("button:has-text('Import items')");
        assertThat(page.locator(".flash")).containsText("Imported 8 item(s)");
        assertThat(page.locator("#items-heading")).hasText("Items (8)");
        assertThat(page.locator(".item-title").first()).hasText("A chip packaging line opens on the old harbour");
    }

    @Test
    void sendsNowAfterConfirmingTheAudienceAndWatchesProgressReachAHundredPercent() {
        long newsletter = newsletter();
        long list = kit.list(newsletter);
        List<String> readers = IntStream.range(0, 12).mapToObj(i -> confirmedReader(list)).toList();
        long issue = issueWithItems(newsletter);
        Page page = browser.signedIn(editor.email(), editor.password(), 1280);
        page.navigate(browser.url("/issues/" + issue));

        page.click("summary:has-text('Send now')");
        assertThat(page.locator(".send-now")).containsText("to 12 people");
        page.click("button:has-text('Yes, send to 12 people now')");
        page.waitForURL("**/sends/*");
        assertThat(page.locator("#send-progress")).hasAttribute("value", "100", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(page.locator("#progress-heading")).containsText("FINISHED");
        assertThat(page.locator("[data-stat=sent]")).hasText("12");
        AppBrowser.screenshot(page, "send-view");
        AppBrowser.assertAccessible(page);
        readers.forEach(reader -> assertThat(Mailbox.await(reader, 1)).hasSize(1));
    }

    @Test
    void aStaleEditKeepsTheSecondEditorsTextAndShowsWhatTheFirstChanged() {
        long newsletter = newsletter();
        long issue = issueWithItems(newsletter);
        TestAccounts.Account other = accounts.create("editor", "Otto Other");
        Fixtures.grant(admin.bearer(), other.id(), newsletter);
        Page first = browser.signedIn(other.email(), other.password(), 1280);
        Page second = browser.signedIn(editor.email(), editor.password(), 1280);
        first.navigate(browser.url("/issues/" + issue));
        second.navigate(browser.url("/issues/" + issue));

        first.fill("#intro", "Otto's intro, saved first.");
        assertThat(first.locator("#meta-state")).containsText("Saved");
        second.fill("#intro", "Edna's intro, typed meanwhile.");

        assertThat(second.locator(".conflict")).containsText("Otto Other");
        assertThat(second.locator(".conflict")).containsText("Otto's intro, saved first.");
        assertThat(second.locator("#intro")).hasValue("Edna's intro, typed meanwhile.");
        AppBrowser.assertAccessible(second);

        second.click("button:has-text('Save mine over theirs')");
        assertThat(second.locator("#meta-state")).containsText("Saved");
        assertThat(admin.bearer().get("/api/issues/{id}", issue).jsonPath().getString("intro"))
                .isEqualTo("Edna's intro, typed meanwhile.");
    }

    /**
     * A drag as a person makes it, watching the screen: the list scrolled into view (mouse events only reach what is
     * on screen), press on the handle, move a little and wait until the item lifts, move to the top edge of the target
     * and wait until the item sits there, release. Waiting on what the page shows, not on a clock, keeps it steady on
     * a busy machine.
     */
    private static void drag(Page page, Locator handle, Locator target) {
        page.locator("#items").evaluate("list => list.scrollIntoView()");
        String dragged = handle.locator("xpath=ancestor::li[1]").getAttribute("data-id");
        BoundingBox from = handle.boundingBox();
        BoundingBox to = target.boundingBox();
        double x = from.x + from.width / 2;
        double startY = from.y + from.height / 2;
        page.mouse().move(x, startY);
        page.mouse().down();
        page.mouse().move(x, startY - 8, new Mouse.MoveOptions().setSteps(4));
        page.waitForSelector(".sortable-fallback");
        for (int step = 1; step <= 20; step++) {
            page.mouse().move(x, startY + (to.y + 2 - startY) * step / 20);
        }
        page.waitForFunction("id => document.querySelector('ol.items > li[data-id]').dataset.id === id", dragged);
        page.mouse().up();
    }

    /**
     * A newsletter made by the admin through the API, granted to the editor; its name is "Test Weekly " and
     * {@link #slug}.
     */
    private long newsletter() {
        slug = Fixtures.uniqueSlug("ui");
        long newsletter = admin.bearer().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug)).post("/api/newsletters")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.grant(admin.bearer(), editor.id(), newsletter);
        return newsletter;
    }

    private String confirmedReader(long list) {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        admin.bearer().contentType(ContentType.JSON).body(Map.of("email", email, "lists", List.of(list), "status", "CONFIRMED"))
                .post("/api/subscribers").then().statusCode(201);
        return email;
    }

    private long issueWithoutItems(long newsletter) {
        return admin.bearer().contentType(ContentType.JSON).body(Map.of("title", "Pasted week"))
                .post("/api/newsletters/{id}/issues", newsletter).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long issueWithItems(long newsletter) {
        return admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("title", "Send week", "items", List.of(Fixtures.item("One"), Fixtures.item("Two"))))
                .post("/api/newsletters/{id}/issues", newsletter).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String demoDigest() throws IOException {
        try (InputStream in = ComposerBrowserTest.class.getResourceAsStream("/demo/tidewater-weekly.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
