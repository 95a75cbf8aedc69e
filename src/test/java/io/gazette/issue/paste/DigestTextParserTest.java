package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DigestTextParserTest {

    static String tenItems() throws IOException {
        try (InputStream in = DigestTextParserTest.class.getResourceAsStream("/paste/ten-items.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTenNumberedItemsWithIntroAndClosing() throws IOException {
        PastedDigest digest = DigestTextParser.parse(tenItems());

        assertEquals("The Northern Build, issue 12", digest.title());
        assertEquals("Welcome back!   This week: ten things worth your time.\n\nGrab a coffee.", digest.intro());
        assertEquals("Thanks for reading.\n\nReply with tips.", digest.closing());
        assertEquals(List.of("Robots learn to sort recycling", "Open data portal relaunches", "A bank goes multiplatform",
                        "Wind forecasts every hour", "Maker space opens", "Accessibility audit published", "Meetups this week",
                        "Funding dips", "University spin-out hires", "One last thing"),
                digest.items().stream().map(PastedItem::headline).toList());
    }

    @Test
    void keepsParagraphsAndFindsSourcesAndTags() throws IOException {
        List<PastedItem> items = DigestTextParser.parse(tenItems()).items();

        PastedItem robots = items.get(0);
        assertEquals("A start-up trained a sorting arm on two years of conveyor footage.\n\n"
                + "It now picks six kinds of plastic at forty items a minute.", robots.body());
        assertEquals("https://recycling.example/robots", robots.sourceUrl());
        assertEquals("Recycling Today", robots.sourceName());

        assertEquals("The portal now serves live bus positions.", items.get(1).body());
        assertNull(items.get(1).sourceUrl());

        PastedItem bank = items.get(2);
        assertEquals("https://bank.example/kmp", bank.sourceUrl());
        assertEquals("bank.example", bank.sourceName());
        assertEquals("Engineering", bank.tag());
        assertEquals("Shared logic, separate UI.", bank.body());

        PastedItem wind = items.get(3);
        assertEquals("Hourly forecasts for offshore farms.\n\nSecond paragraph with a list:\n\n1. not an item\n2. still not an item",
                wind.body());
        assertEquals("https://gustwise.example/hourly", wind.sourceUrl());

        assertEquals("Open Web", items.get(5).sourceName());
        assertEquals("https://openweb.example/audit", items.get(5).sourceUrl());
        assertEquals("Seed rounds held steady.\n\nThird paragraph here.", items.get(7).body());
    }

    @Test
    void toleratesWindowsLineEndingsTabsAndStrayWhitespace() throws IOException {
        String windows = "\uFEFF" + tenItems().replace("\n", "\r\n").replace("Grab a coffee.", "  Grab a coffee.\t  ");
        PastedDigest digest = DigestTextParser.parse(windows);
        assertEquals(10, digest.items().size());
        assertEquals("Welcome back!   This week: ten things worth your time.\n\nGrab a coffee.", digest.intro());
        assertEquals(DigestTextParser.parse(tenItems()).items(), digest.items().stream()
                .map(i -> new PastedItem(i.line(), i.headline(), i.body(), i.sourceUrl(), i.sourceName(), i.tag())).toList());
    }

    @Test
    void numbersOutOfSequenceStayInTheBody() {
        PastedDigest digest = DigestTextParser.parse("1. First\n\nBody one.\n\n3. Not an item\n\n2. Second\n\nBody two.");
        assertEquals(2, digest.items().size());
        assertEquals("Body one.\n\n3. Not an item", digest.items().get(0).body());
        assertNull(digest.intro());
        assertNull(digest.closing());
    }

    @Test
    void aSentenceStartingWithWrappingUpIsNotTheClosing() {
        PastedDigest digest = DigestTextParser.parse("1. Deal\n\nBody.\n\nWrapping up the round took a year.");
        assertNull(digest.closing());
        assertEquals("Body.\n\nWrapping up the round took a year.", digest.items().get(0).body());
    }

    @Test
    void aWrappingUpParagraphInsideAnItemDoesNotSwallowTheItemsAfterIt() {
        PastedDigest digest = DigestTextParser.parse("1. Deal\n\nBody.\n\nWrapping up: the round closed at last.\n\n"
                + "2. Next\n\nMore.\n\n3. Last\n\nEnd.\n\nWrapping up\n\nSee you next week.");
        assertEquals(3, digest.items().size());
        assertEquals("Body.\n\nWrapping up: the round closed at last.", digest.items().get(0).body());
        assertEquals("Next", digest.items().get(1).headline());
        assertEquals("See you next week.", digest.closing());
    }

    @Test
    void closingHeadingMayCarryTextOnTheSameLine() {
        PastedDigest digest = DigestTextParser.parse("## 1. Deal\nBody.\n\n**Wrapping up:** see you next week.");
        assertEquals("see you next week.", digest.closing());
    }

    @Test
    void sourceAndTagMayShareTheLastParagraph() {
        PastedItem item = DigestTextParser.parse("1. Deal\n\nBody.\n\nTag: Funding\nSource: Daily https://daily.example/deal").items().get(0);
        assertEquals("Body.", item.body());
        assertEquals("Funding", item.tag());
        assertEquals("Daily", item.sourceName());
        assertEquals("https://daily.example/deal", item.sourceUrl());
    }

    @Test
    void aProseLastParagraphIsBodyEvenWithALink() {
        PastedItem item = DigestTextParser.parse("1. Deal\n\nBody.\n\nRead the thread at https://x.example/t and tell us.").items().get(0);
        assertEquals("Body.\n\nRead the thread at https://x.example/t and tell us.", item.body());
        assertNull(item.sourceUrl());
    }

    @Test
    void textWithoutNumberedItemsHasNoItems() {
        assertEquals(List.of(), DigestTextParser.parse("Just some prose.\n\nNo items here.").items());
    }
}
