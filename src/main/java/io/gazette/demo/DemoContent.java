package io.gazette.demo;

import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.list.ListRequest;
import io.gazette.audience.list.ListService;
import io.gazette.audience.subscriber.SubscriberRequest;
import io.gazette.audience.subscriber.SubscriberService;
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
import java.util.Set;

/**
 * Seeds a realistic digest on an empty database so a newcomer sees Gazette at work at once. The draft is
 * built through the same paste import editors use, from {@code demo/tidewater-weekly.md}.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final String DIGEST = "demo/tidewater-weekly.md";
    /** Addresses at example.org (RFC 2606): nobody is ever mailed by the demo, even with SMTP configured. */
    private static final String[][] DEMO_READERS = {
            {"ana.reader@example.org", "Ana Reader"}, {"bo.reader@example.org", "Bo Reader"}, {"cy.reader@example.org", null}};

    private final DemoConfig config;
    private final NewsletterService newsletters;
    private final IssueService issues;
    private final PasteImportService pasteImport;
    private final ListService lists;
    private final SubscriberService subscribers;

    DemoContent(DemoConfig config, NewsletterService newsletters, IssueService issues, PasteImportService pasteImport,
                ListService lists, SubscriberService subscribers) {
        this.config = config;
        this.newsletters = newsletters;
        this.issues = issues;
        this.pasteImport = pasteImport;
        this.lists = lists;
        this.subscribers = subscribers;
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
        long readers = lists.create(new ListRequest("tidewater-readers", "Tidewater readers", "Everyone who reads the weekly",
                ListVisibility.PUBLIC, OptIn.DOUBLE, Set.of(newsletter.id()), null)).id();
        for (String[] reader : DEMO_READERS) {
            subscribers.create(new SubscriberRequest(reader[0], reader[1], null, Set.of(readers), SubscriptionStatus.CONFIRMED));
        }
        LOG.infof("Demo content: newsletter '%s' with draft issue #%d and %d readers; a send writes their mail to the outbox",
                newsletter.slug(), draft.number(), DEMO_READERS.length);
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
