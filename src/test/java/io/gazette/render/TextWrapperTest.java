package io.gazette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextWrapperTest {

    @Test
    void wrapsAtWordsWithinTheWidth() {
        assertEquals("one two\nthree four\nfive", TextWrapper.wrap("one two three four five", 10));
    }

    @Test
    void leavesShortLinesAndBlankLinesAlone() {
        assertEquals("short\n\n  indented\n", TextWrapper.wrap("short\n\n  indented\n", 20));
    }

    @Test
    void keepsLongUrlsWholeOnTheirOwnLine() {
        String url = "https://example.org/a/very/long/path/that/does/not/fit";
        assertEquals("Read\n" + url + "\nnow", TextWrapper.wrap("Read " + url + " now", 20));
    }

    @Test
    void hangsListItemsAndRepeatsQuoteMarkers() {
        assertEquals("- alpha beta\n  gamma delta", TextWrapper.wrap("- alpha beta gamma delta", 14));
        assertEquals("12. alpha beta\n    gamma", TextWrapper.wrap("12. alpha beta gamma", 16));
        assertEquals("> alpha beta\n> gamma delta", TextWrapper.wrap("> alpha beta gamma delta", 14));
    }
}
