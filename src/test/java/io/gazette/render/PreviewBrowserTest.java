package io.gazette.render;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.gazette.support.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML preview of a 10-item issue in a real headless Chromium, at a phone's width and a desktop's: nothing
 * scrolls sideways, the card stays within 600 px, and both screenshots are kept under target/ for a look.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = "editor")
class PreviewBrowserTest {

    @Inject
    TestIssues testIssues;

    @TestHTTPResource("/api/issues/")
    URL issues;

    @Test
    void tenItemPreviewFitsPhoneAndDesktopWidths() throws Exception {
        long issue = testIssues.issue(testIssues.newsletter("Browser Weekly", null).newsletterId(),
                "Ten items, read on a phone", 10);
        String preview = issues + String.valueOf(issue) + "/preview?format=html";
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            for (int width : new int[] {375, 800}) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                    Page page = context.newPage();
                    assertEquals(200, page.navigate(preview).status());
                    assertEquals(10, ((Number) page.evaluate("document.querySelectorAll('h2').length")).intValue());
                    int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                    int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
                    assertEquals(width, innerWidth);
                    assertTrue(scrollWidth <= innerWidth, "scrolls sideways at " + width + " px: " + scrollWidth);
                    double card = ((Number) page.evaluate("document.querySelector('.gz-card').getBoundingClientRect().width")).doubleValue();
                    assertTrue(card <= 600 && card >= Math.min(600, width) - 40, "card width at " + width + " px: " + card);
                    Path shot = Path.of("target", "preview-" + width + "px.png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                    assertTrue(Files.size(shot) > 10_000, "screenshot saved: " + shot);
                }
            }
        }
    }
}
