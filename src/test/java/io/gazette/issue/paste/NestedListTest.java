package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defect 2: a numbered list with blank lines between its entries, inside an item's body, stays in that body. */
class NestedListTest {

    private static final String LIST = "The volunteers tried three ways to pay the rent:\n\n"
            + "1. Membership fees\n\n2. A grant from the council\n\n3. Selling laser-cut signs";

    @Test
    void aListUnderMarkdownHeadingsStaysInItsItem() {
        PastedDigest digest = DigestTextParser.parse("## 1. Maker space opens\n\n" + LIST + "\n\n## 2. Funding dips\n\nSeed rounds held steady.");

        assertEquals(List.of("Maker space opens", "Funding dips"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals(LIST, digest.items().get(0).body());
        assertEquals(List.of(), digest.warnings());
    }

    @Test
    void anIndentedListStaysInItsItem() {
        String indented = LIST.replace("\n1.", "\n  1.").replace("\n2.", "\n  2.").replace("\n3.", "\n  3.");
        PastedDigest digest = DigestTextParser.parse("1. Maker space opens\n\n" + indented + "\n\n2. Funding dips\n\nSeed rounds held steady.");

        assertEquals(2, digest.items().size());
        assertEquals(LIST, digest.items().get(0).body());
        assertEquals(List.of(), digest.warnings());
    }

    @Test
    void aListThatLooksJustLikeTheItemsStaysInItsItemAndIsReported() {
        PastedDigest digest = DigestTextParser.parse("1. Maker space opens\n\n" + LIST + "\n\n2. Funding dips\n\nSeed rounds held steady.");

        assertEquals(List.of("Maker space opens", "Funding dips"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals(LIST, digest.items().get(0).body());
        assertEquals(1, digest.warnings().size());
        assertEquals(5, digest.warnings().get(0).line());
        assertTrue(digest.warnings().get(0).message().contains("read as a list in item 1"), digest.warnings().get(0).message());
    }

    @Test
    void aListEndingTheLastItemStaysInIt() {
        PastedDigest digest = DigestTextParser.parse("## 1. Deal\n\nBody.\n\n## 2. Maker space opens\n\n" + LIST);

        assertEquals(2, digest.items().size());
        assertEquals(LIST, digest.items().get(1).body());
    }

    @Test
    void aListInTheClosingStaysInTheClosing() {
        PastedDigest digest = DigestTextParser.parse("## 1. Deal\n\nBody.\n\n## Wrapping up\n\nTwo things:\n\n1. Reply\n\n2. Forward");

        assertEquals(1, digest.items().size());
        assertEquals("Two things:\n\n1. Reply\n\n2. Forward", digest.closing());
    }
}
