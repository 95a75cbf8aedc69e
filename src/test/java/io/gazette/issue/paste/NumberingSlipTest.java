package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Defect 1: a numbering slip must not fold the items after it into one item; each slip is a warning with its line. */
class NumberingSlipTest {

    @Test
    void aSkippedNumberStillStartsAnItemAndIsReportedWithItsLine() {
        PastedDigest digest = DigestTextParser.parse("Intro.\n\n1. First\n\nBody one.\n\n3. Second\n\nBody two.\n\n4. Third\n\nBody three.");

        assertEquals(List.of("First", "Second", "Third"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals(List.of("Body one.", "Body two.", "Body three."), digest.items().stream().map(PastedItem::body).toList());
        assertEquals(List.of(new PasteWarning(7, "item numbered 3, expected 2")), digest.warnings());
        assertEquals("line 7: item numbered 3, expected 2", digest.warnings().get(0).text());
    }

    @Test
    void aRepeatedNumberStartsAnItemToo() {
        PastedDigest digest = DigestTextParser.parse("1. A\n\nOne.\n\n2. B\n\nTwo.\n\n2. C\n\nThree.\n\n3. D\n\nFour.");

        assertEquals(List.of("A", "B", "C", "D"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals(List.of(new PasteWarning(9, "item numbered 2, expected 3")), digest.warnings(),
                "the count goes on from the repeated number, so the 3 after it is expected");
    }

    @Test
    void aNumberedLineWhoseExpectedItemComesLaterStaysInTheBodyAndIsReported() {
        PastedDigest digest = DigestTextParser.parse("1. First\n\nBody one.\n\n3. Not an item\n\n2. Second\n\nBody two.");

        assertEquals(List.of("First", "Second"), digest.items().stream().map(PastedItem::headline).toList());
        assertEquals("Body one.\n\n3. Not an item", digest.items().get(0).body());
        assertEquals(1, digest.warnings().size());
        assertEquals(5, digest.warnings().get(0).line());
        assertEquals("“3. Not an item” is numbered 3 but item 2 comes later: kept in the text of item 1",
                digest.warnings().get(0).message());
    }

    @Test
    void digestsNumberedInOrderHaveNoWarnings() throws IOException {
        assertEquals(List.of(), DigestTextParser.parse(DigestTextParserTest.tenItems()).warnings());
        try (InputStream in = NumberingSlipTest.class.getResourceAsStream("/demo/tidewater-weekly.md")) {
            PastedDigest demo = DigestTextParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(8, demo.items().size());
            assertEquals(List.of(), demo.warnings());
        }
    }
}
