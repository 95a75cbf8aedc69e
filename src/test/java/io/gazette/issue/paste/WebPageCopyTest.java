package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defect 4: the demo digest copied from its web page, as a browser pastes it: site navigation, "Subscribe" and the
 * date above the intro, a footer below, typographic apostrophes, non-breaking spaces (U+00A0, U+202F), link texts
 * instead of Markdown links; once with blank lines (headings followed by two, a spacer line of one non-breaking
 * space) and once with no blank line anywhere (one line per heading and per paragraph).
 */
class WebPageCopyTest {

    static final String WITH_BLANK_LINES = "/paste/tidewater-weekly-web.txt";
    static final String WITHOUT_BLANK_LINES = "/paste/tidewater-weekly-web-no-blank-lines.txt";

    /** The items the demo digest holds, as a web page shows them: where the page showed only a link's text, no link. */
    static final List<Expected> ITEMS = List.of(
            new Expected("A chip packaging line opens on the old harbour",
                    "Alder Semiconductor switched on its advanced packaging line in the former grain warehouse on Pier\u00A04. "
                            + "The line bonds chiplets for industrial sensors and will employ around 140 people once it runs two shifts.\n\n"
                            + "The company says local suppliers already make a third of the fixtures it needs, which is the part "
                            + "regional planners care about most.",
                    "https://news.tidewater.example/alder-packaging-line", "Port Alder Gazette", "Hardware"),
            new Expected("The city opens live transit data",
                    "Port Alder published real-time positions for its trams and ferries under an open licence, with a documented "
                            + "feed and no sign-up. Two student teams had apps on the stores within a day.\n\n"
                            + "The transport authority promises timetable changes a week ahead in the same feed from January.",
                    "https://data.tidewater.example/transit", "City of Port Alder", "Civic tech"),
            new Expected("Funding dips, but seed rounds hold up",
                    "Venture funding in the region fell to its lowest monthly total this year, mostly because no round above "
                            + "twenty million closed. Seed and pre-seed deals held steady at about a dozen a month.\n\n"
                            + "Investors we spoke to expect the large rounds to return in the first quarter rather than before the holidays.",
                    null, null, "Funding"),
            new Expected("A bank rewrites its mobile app in Kotlin Multiplatform",
                    "Tidewater Savings shipped the first screens of its rewritten app, sharing business logic between Android "
                            + "and iOS. The team of nine says release cycles went from six weeks to two.\n\n"
                            + "Their engineering blog post is candid about what did not work: shared UI code was dropped after three months.\n\n"
                            + "Source: Tidewater Savings Engineering",
                    null, null, "Engineering"),
            new Expected("University spin-out makes wind forecasts hourly",
                    "Gustwise, spun out of the university\u2019s meteorology department, now sells hourly wind forecasts for "
                            + "offshore farms. Its model runs on a single rack in the university data centre.\n\n"
                            + "The founders want to stay small: five people, profitable, and no plans to raise.",
                    "https://gustwise.example/blog/hourly", "gustwise.example", "Climate"),
            new Expected("A coworking space closes, a maker space opens",
                    "The Ropewalk coworking space closes at the end of the month after eight years. Two doors down, the "
                            + "volunteers of Tidewater Makers opened a space with laser cutters, a small CNC mill and an electronics bench.\n\n"
                            + "Membership costs less than a monthly transit pass, and Thursday evenings are open to anyone.",
                    null, null, "Community"),
            new Expected("Accessibility audit of public websites published",
                    "A volunteer group audited forty public-sector websites in the region against WCAG 2.2. Thirty-one failed "
                            + "on colour contrast, twenty-two on keyboard navigation.\n\n"
                            + "The full report, with a checklist for small teams, is free to download.",
                    "https://openweb.tidewater.example/audit-2026", "Open Web Tidewater", "Accessibility"),
            new Expected("Meetups this week",
                    "Tuesday: Rust in production at the library auditorium. Wednesday: the data engineering meetup on streaming "
                            + "without Kafka. Saturday: a beginners\u2019 hardware hack day at Tidewater Makers.\n\n"
                            + "All three are free; the hack day asks you to register so there are enough soldering irons.",
                    null, null, "Events"));

    record Expected(String headline, String body, String sourceUrl, String sourceName, String tag) {

        static Expected of(PastedItem item) {
            return new Expected(item.headline(), item.body(), item.sourceUrl(), item.sourceName(), item.tag());
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = WebPageCopyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {WITH_BLANK_LINES, WITHOUT_BLANK_LINES})
    void readsTheEightItemsOfTheDemoDigestFromItsWebPage(String fixture) throws IOException {
        PastedDigest digest = DigestTextParser.parse(read(fixture));

        assertEquals(ITEMS, digest.items().stream().map(Expected::of).toList());
        assertEquals("Good morning! This week the harbour district got its first chip packaging line, the city finally "
                + "opened its transit data, and funding took a breather after a busy autumn. Eight items, about six minutes "
                + "of reading.", digest.intro());
        assertEquals("That\u2019s the week. If something is happening in the Tidewater tech scene that we should cover, just "
                + "reply to this email: every message reaches an editor.\n\nSee you next Thursday.", digest.closing());
        assertEquals("Harbour chips, open data and a quiet funding week", digest.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {WITH_BLANK_LINES, WITHOUT_BLANK_LINES})
    void reportsThePageFurnitureItLeftOut(String fixture) throws IOException {
        List<PasteWarning> warnings = DigestTextParser.parse(read(fixture)).warnings();

        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(1, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("“Home · Archive · About · Subscribe”"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("“Unsubscribe · Manage preferences”"), warnings.get(1).message());
    }

    @Test
    void theFixturesHoldWhatABrowserPastes() throws IOException {
        for (String fixture : List.of(WITH_BLANK_LINES, WITHOUT_BLANK_LINES)) {
            String text = read(fixture);
            assertTrue(text.contains("\u00A0") && text.contains("\u202F") && text.contains("\u2019"), fixture);
            assertTrue(!text.contains("## ") && !text.contains("]("), fixture + " is Markdown, not a page's text");
        }
        assertTrue(read(WITH_BLANK_LINES).contains("\n\u00A0\n"), "a spacer line of one non-breaking space");
        assertTrue(!read(WITHOUT_BLANK_LINES).contains("\n\n"), "no blank line anywhere");
    }

    @Test
    void anIntroWithoutASentenceLosesOnlyItsNavigation() {
        PastedDigest digest = DigestTextParser.parse("Home · Archive\n\nTen things this week\n\n1. A\n\nBody.");

        assertEquals("Ten things this week", digest.intro());
        assertEquals(1, digest.warnings().size());
        assertEquals(1, digest.warnings().get(0).line());
        assertTrue(digest.warnings().get(0).message().endsWith("furniture: “Home · Archive”"), digest.warnings().get(0).message());
    }

    @Test
    void aNumberedLineAboveTheItemsIsNeverFurniture() {
        PastedDigest digest = DigestTextParser.parse("3. Early\n\n1. A\n\nBody.\n\n2. B\n\nBody.");

        assertEquals("3. Early", digest.intro());
        assertEquals(List.of("line 1: “3. Early” is numbered 3 but item 1 comes later: kept in the intro"),
                digest.warnings().stream().map(PasteWarning::text).toList());
    }

    @Test
    void aHeadingsNonBreakingSpaceAndABlankLineOfThemAreLayout() {
        PastedDigest digest = DigestTextParser.parse("1.\u00A0First\n\u00A0\nBody\u00A0one.\u202F\n\n2.\u202FSecond\n\nBody two.");

        assertEquals(List.of("First", "Second"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals("Body\u00A0one.", digest.items().get(0).body(), "kept inside the text, dropped at its end");
    }
}
