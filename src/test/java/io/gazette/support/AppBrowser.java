package io.gazette.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium (see {@link Chromium}) for a browser test class, with the steps every such test repeats:
 * signing in through the real form, and an accessibility scan of the page in front of it.
 */
public final class AppBrowser implements AutoCloseable {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;
    private final String root;

    public AppBrowser(URL root) {
        this.playwright = Chromium.playwright();
        this.browser = Chromium.launch(playwright);
        this.root = root.toString().replaceAll("/$", "");
    }

    public String url(String path) {
        return root + path;
    }

    /** A fresh browser profile (its own cookies), signed in through {@code /login} as the given account. */
    public Page signedIn(String email, String password, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.navigate(url("/"));
        page.fill("#email", email);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url("/dashboard"));
        return page;
    }

    /**
     * Fails on any serious or critical axe-core finding (WCAG 2.x A and AA rules), naming each with its elements. The
     * page itself is scanned, not its frames: the composer's preview frame is sandboxed without scripts, so axe could
     * not run in it (and would wait for it forever); the email it shows is the renderer's, tested on its own.
     */
    public static void assertAccessible(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setIFrames(false);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .options(options).setLegacyMode(true).analyze();
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> page.url() + ": " + blocking.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /**
     * Keeps a picture of the page under {@code target/screenshots/}; the README's pictures in {@code docs/} are these,
     * copied after a run ({@code cp target/screenshots/*.png docs/}).
     */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
