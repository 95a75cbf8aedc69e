package io.gazette.audience.imports.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.support.AppBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's import in a real headless Chromium, through the real sign-in: upload a file with a bad line, watch the
 * progress reach its end, find the line in the table and in the downloaded report. Both pages pass an axe-core scan.
 */
@QuarkusTest
class ImportBrowserTest {

    /** Long enough for a few polls of the progress block (every 2 s) on a busy machine. */
    private static final double ENDED_WITHIN_MS = 60_000;

    /** Good lines between the two bad ones; the test profile writes four lines per chunk, so a few seconds' work. */
    private static final int GOOD_ROWS_AFTER = 1500;

    @Inject
    TestAccounts accounts;

    @Inject
    AudienceData data;

    @TestHTTPResource("/")
    URL root;

    AppBrowser browser;
    TestAccounts.Account admin;

    @BeforeEach
    void start() {
        browser = new AppBrowser(root);
        admin = accounts.create(Roles.ADMIN);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void uploadsAFileWatchesItEndAndDownloadsTheReportOfItsBadLine() throws IOException {
        String listName = "Harbour readers " + admin.id();
        data.list(listName, ListVisibility.PRIVATE, OptIn.SINGLE);
        // Long enough to be running when its page first shows: the last bad line then appears only when it ends.
        StringBuilder csv = new StringBuilder("email,name,city\n")
                .append(AudienceData.uniqueEmail("ann")).append(",Ann,Porto\n")
                .append("ann.at.example.org,Bob,Lisbon\n");
        for (int i = 0; i < GOOD_ROWS_AFTER; i++) {
            csv.append(AudienceData.uniqueEmail("reader" + i)).append(",Reader ").append(i).append(",Faro\n");
        }
        csv.append("last.at.example.org,Lee,Braga\n");
        int lastLine = GOOD_ROWS_AFTER + 4;

        Page page = browser.signedIn(admin.email(), admin.password(), 1280);
        page.click("header >> text=Imports");
        page.waitForURL(browser.url("/imports"));
        AppBrowser.assertAccessible(page);

        page.setInputFiles("#file", new FilePayload("harbour.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        page.getByLabel(listName).check();
        page.getByLabel("Yes, they confirmed elsewhere: mail them").check();
        page.click("button:has-text('Upload and import')");
        page.waitForURL("**/imports/*");
        assertThat(page.locator(".flash")).containsText("started");
        assertThat(page.locator("h1")).containsText("harbour.csv");

        assertThat(page.locator("#progress [data-status]"))
                .hasText("FINISHED", new LocatorAssertions.HasTextOptions().setTimeout(ENDED_WITHIN_MS));
        assertThat(page.locator("#import-progress")).hasAttribute("value", "100");
        assertThat(page.locator("[data-stat=created]")).hasText(String.valueOf(GOOD_ROWS_AFTER + 1));
        assertThat(page.locator("[data-stat=failed]")).hasText("2");
        assertThat(page.locator("tr[data-line='3']")).containsText("INVALID_EMAIL");
        assertThat(page.locator("tr[data-line='3'] .raw-line")).hasText("ann.at.example.org,Bob,Lisbon");
        assertThat(page.locator("tr[data-line='" + lastLine + "'] .raw-line")).hasText("last.at.example.org,Lee,Braga");
        AppBrowser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.click("text=Download the report"));
        assertThat(download.suggestedFilename()).matches("import-\\d+-report\\.csv");
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(report).startsWith("line,outcome,reason,detail,row\r\n")
                .contains("3,FAILED,INVALID_EMAIL,not a valid email address,\"ann.at.example.org,Bob,Lisbon\"\r\n")
                .contains(lastLine + ",FAILED,INVALID_EMAIL,");
    }

    @Test
    void theImportsPageFitsAPhone() {
        Page page = browser.signedIn(admin.email(), admin.password(), 375);
        page.navigate(browser.url("/imports"));
        assertThat(page.locator("h1")).hasText("Imports and exports");
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no sideways scrolling at 375 px").isEqualTo(true);
    }
}
