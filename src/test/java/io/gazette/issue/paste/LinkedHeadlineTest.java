package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defect 3: a linked headline and a Source line keep both links, each with its own name. */
class LinkedHeadlineTest {

    @Test
    void aLinkedHeadlineAndADifferentSourceLineKeepBothLinks() {
        PastedDigest digest = DigestTextParser.parse("1. [Alder opens a packaging line](https://a.example/alder)\n\n"
                + "Body.\n\nSource: Port Alder Gazette https://b.example/news\nTag: Hardware");
        PastedItem item = digest.items().get(0);

        assertEquals("Alder opens a packaging line", item.headline());
        assertEquals("https://a.example/alder", item.sourceUrl());
        assertEquals("a.example", item.sourceName(), "the headline link's name is its own host, not the Source line's name");
        assertEquals("Body.\n\nSource: Port Alder Gazette https://b.example/news", item.body());
        assertEquals("Hardware", item.tag());
        assertEquals(1, digest.warnings().size());
        assertTrue(digest.warnings().get(0).message().contains("https://b.example/news"), digest.warnings().get(0).message());
    }

    @Test
    void aSourceLineNamingTheHeadlinesOwnLinkGivesItsName() {
        PastedDigest digest = DigestTextParser.parse("1. [Alder opens a packaging line](https://a.example/alder)\n\n"
                + "Body.\n\nSource: Alder Semiconductor https://a.example/alder");
        PastedItem item = digest.items().get(0);

        assertEquals("https://a.example/alder", item.sourceUrl());
        assertEquals("Alder Semiconductor", item.sourceName());
        assertEquals("Body.", item.body());
        assertEquals(List.of(), digest.warnings());
    }

    @Test
    void noPastedLinkIsDropped() {
        String text = "1. [One](https://one.example/a)\n\nBody.\n\nVia: [Two](https://two.example/b)\n\n"
                + "2. Three\n\nBody.\n\nSource: https://three.example/c\n\n"
                + "3. [Four](https://four.example/d)\n\nBody.\n\nhttps://five.example/e";
        List<PastedItem> items = DigestTextParser.parse(text).items();

        for (String url : List.of("https://one.example/a", "https://two.example/b", "https://three.example/c",
                "https://four.example/d", "https://five.example/e")) {
            assertTrue(items.stream().anyMatch(item -> url.equals(item.sourceUrl()) || item.body().contains(url)), url + " was dropped");
        }
    }
}
