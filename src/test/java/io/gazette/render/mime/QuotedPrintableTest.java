package io.gazette.render.mime;

import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our encoder against Jakarta Mail's decoder: what goes in comes back out, in lines a relay will not touch. */
class QuotedPrintableTest {

    @Test
    void roundTripsTrickyText() throws Exception {
        for (String text : List.of("", "plain", "a=b", "trailing space \nnext", "tab\t\nx", ".leading dot\n.again",
                "café ☕ 𝄞 — “quotes”", "x".repeat(300), "word ".repeat(80), "=".repeat(100), "end with space ",
                "lone\rCR", "two\r\rCRs", "crlf\r\nline", "\n\n\nblank lines\n")) {
            assertRoundTrip(text);
        }
    }

    @Test
    void roundTripsRandomText() throws Exception {
        Random random = new Random(42);
        String alphabet = " \t\n=.-aZ09<>\"'é€😀";
        for (int run = 0; run < 300; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertRoundTrip(text.toString());
        }
    }

    @Test
    void sharedLinesEncodeExactlyAsAFreshEncoding() {
        String shared = "<p style=\"margin:0\">The same for everyone, long enough to need a soft line break somewhere, café.</p>";
        SharedLines lines = SharedLines.between(shared + "\nHi Ann\n.end", shared + "\nHi Bob\n.end");
        for (String copy : List.of(shared + "\nHi Zoë\n.end", "Hi Zoë\n" + shared, shared + "\r\nHi\r\n" + shared + "\n")) {
            assertArrayEquals(QuotedPrintable.encode(copy), lines.encode(copy));
        }
    }

    private static void assertRoundTrip(String text) throws Exception {
        byte[] encoded = QuotedPrintable.encode(text);
        String wire = new String(encoded, StandardCharsets.US_ASCII);
        for (String line : wire.split("\r\n", -1)) {
            assertTrue(line.length() <= 76, "line too long: " + line);
            assertFalse(line.endsWith(" ") || line.endsWith("\t"), "trailing blank: [" + line + "]");
            assertFalse(line.startsWith("."), "leading dot: " + line);
        }
        assertTrue(wire.replace("\r\n", "").chars().allMatch(c -> c == '\t' || c >= 32 && c < 127), "printable ASCII and tabs only");
        byte[] decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable").readAllBytes();
        String expected = text.replace("\r\n", "\n").replace("\n", "\r\n");
        assertEquals(expected.length(), text.replace("\r\n", "\n").length() + expected.chars().filter(c -> c == '\n').count(),
                "only line ends change");
        assertEquals(expected, new String(decoded, StandardCharsets.UTF_8));
    }
}
