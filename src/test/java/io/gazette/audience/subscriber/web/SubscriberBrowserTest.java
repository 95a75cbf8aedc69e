package io.gazette.audience.subscriber.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.SubscriptionStatus;
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
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin looking after a list in a real headless Chromium: the list and its sign-up snippet, a search that narrows
 * as they type, a bulk action on the ticked rows, one person's consent records, and the list's export. Every page on
 * the way passes an axe-core scan.
 */
@QuarkusTest
class SubscriberBrowserTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AudienceData audience;

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
    void searchesAsTheAdminTypesActsOnTheTickedRowsAndExportsTheList() throws IOException {
        TestAccounts.Account admin = accounts.create("admin");
        String token = "br" + UUID.randomUUID().toString().substring(0, 6);
        long list = audience.list("Harbour Readers", ListVisibility.PUBLIC, OptIn.DOUBLE);
        List<String> readers = IntStream.range(0, 12).mapToObj(i -> "reader" + i + "." + token + "@example.org").toList();
        audience.subscribe(readers, list);
        Page page = browser.signedIn(admin.email(), admin.password(), 1280);

        page.navigate(browser.url("/lists/" + list));
        assertThat(page.locator("#snippet")).containsText("/subscribe/");
        AppBrowser.assertAccessible(page);

        page.click("a:has-text('Members')");
        page.fill("#q", "reader1." + token);
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=reader1\\." + token + ".*"));
        page.fill("#q", token);
        assertThat(page.locator("#results tbody tr")).hasCount(12);
        AppBrowser.screenshot(page, "subscriber-search");
        AppBrowser.assertAccessible(page);

        page.check("[aria-label='Select " + readers.get(0) + "']");
        page.check("[aria-label='Select " + readers.get(1) + "']");
        page.selectOption("#bulk-action", "UNSUBSCRIBE");
        page.check("fieldset.bulk input[name=lists][value='" + list + "']");
        page.click("fieldset.bulk button:has-text('Apply')");
        assertThat(page.locator(".flash")).containsText("Unsubscribe: 2 subscribers, 2 changed");
        assertThat(page.locator("#q")).hasValue(token);
        assertThat(audience.status(readers.get(0), list)).contains(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(audience.status(readers.get(2), list)).contains(SubscriptionStatus.CONFIRMED);

        page.click("a:has-text('" + readers.get(0) + "')");
        assertThat(page.locator("h1")).hasText(readers.get(0));
        assertThat(page.locator(".timeline")).containsText("Unsubscribed from Harbour Readers");
        AppBrowser.assertAccessible(page);
        String subscriberPage = page.url();

        Page phone = browser.signedIn(admin.email(), admin.password(), 375);
        phone.navigate(subscriberPage);
        assertThat(phone.locator("h1")).hasText(readers.get(0));
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).as("fits a phone").isLessThanOrEqualTo(375);

        page.navigate(browser.url("/dashboard"));
        page.selectOption("#growth-list", String.valueOf(list));
        assertThat(page.locator("#growth-chart[data-ready=true] canvas")).hasCount(1);
        assertThat(page.locator("tr:has(a[href='/lists/" + list + "'])")).containsText("10");
        AppBrowser.assertAccessible(page);

        page.navigate(browser.url("/lists/" + list));
        Download download = page.waitForDownload(() -> page.click("a:has-text('Export as CSV')"));
        String csv = Files.readString(download.path());
        assertThat(csv.lines().filter(line -> line.contains(token))).hasSize(12);
    }
}
