package io.gazette.demo;

import io.gazette.issue.IssueRequest;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueView;
import io.gazette.issue.PasteImportService;
import io.gazette.newsletter.Newsletter;
import io.gazette.newsletter.NewsletterRequest;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Seeds a realistic digest on an empty database so a newcomer sees Gazette at work at once. The draft is
 * built through the same paste import editors use, from {@code demo/tidewater-weekly.md}.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final String DIGEST = "demo/tidewater-weekly.md";

    private final DemoConfig config;
    private final NewsletterService newsletters;
    private final IssueService issues;
    private final PasteImportService pasteImport;

    DemoContent(DemoConfig config, NewsletterService newsletters, IssueService issues, PasteImportService pasteImport) {
        this.config = config;
        this.newsletters = newsletters;
        this.issues = issues;
        this.pasteImport = pasteImport;
    }

    @Transactional
    void seed(@Observes StartupEvent startup) {
        if (!config.enabled() || Newsletter.count() > 0) {
            return;
        }
        NewsletterView newsletter = newsletters.create(new NewsletterRequest("tidewater-weekly", "Tidewater Tech Weekly",
                "The week in the Tidewater tech scene, in eight items", "Tidewater Tech Weekly", "digest@tidewater.example",
                "editors@tidewater.example", "Tidewater Tech Weekly, 12 Quay Street, Port Alder", "Europe/Lisbon",
                DayOfWeek.THURSDAY, LocalTime.of(8, 0), null, null));
        IssueView draft = issues.create(newsletter.id(), new IssueRequest("Harbour chips, open data and a quiet funding week",
                null, "A chip fab on the harbour, the city's open data portal, and why the funding numbers dipped.",
                null, null, "Forward this to a colleague", "https://tidewater.example/subscribe", null, null));
        pasteImport.importText(draft.id(), readDigest(), true);
        LOG.infof("Demo content: newsletter '%s' with draft issue #%d", newsletter.slug(), draft.number());
    }

    private static String readDigest() {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(DIGEST)) {
            if (in == null) {
                throw new IllegalStateException(DIGEST + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
