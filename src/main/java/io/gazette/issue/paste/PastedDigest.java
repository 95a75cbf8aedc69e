package io.gazette.issue.paste;

import java.util.List;

/** What the paste parser found: an optional title, intro, the numbered items in order, and the closing text. */
public record PastedDigest(String title, String intro, List<PastedItem> items, String closing) {

    /** One numbered item; {@code line} is where its heading stood, for error messages. */
    public record PastedItem(int line, String headline, String body, String sourceUrl, String sourceName, String tag) {
    }
}
