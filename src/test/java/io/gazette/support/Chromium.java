package io.gazette.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the headless Chromium every browser test drives. Debian's {@code /usr/bin/chromium} is used where it exists
 * (CI installs it, and Playwright cannot download a browser on a machine without internet access); anywhere else
 * Playwright fetches and caches its own build on first use, so a fresh machine with only a JDK runs the tests too.
 * The choice is made here, at run time, not in the pom, because only a running test knows which machine it is on.
 */
public final class Chromium {

    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    /** Quiet flags: no sandbox (CI runs as root), no /dev/shm, no calls home that a closed network would refuse. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");

    private Chromium() {
    }

    /** A Playwright driver that downloads no browser when the system one will be used. */
    public static Playwright playwright() {
        if (systemChromium()) {
            return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    /** A headless Chromium: the system's where it exists, otherwise Playwright's own. */
    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (systemChromium()) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    static boolean systemChromium() {
        return Files.isExecutable(SYSTEM_CHROMIUM);
    }
}
