package io.gazette.issue.paste;

import java.util.List;

/**
 * What the paste parser found: an optional title, intro, the numbered items in order, the closing text, and the
 * warnings about how it read them (in line order; empty when the text was plain to read). {@code closingLine} is where
 * the closing's heading stood (0 without a closing), for warnings about it.
 */
public record PastedDigest(String title, String intro, List<PastedItem> items, String closing, int closingLine,
                           List<PasteWarning> warnings) {

    /** One numbered item; {@code line} is where its heading stood, for error messages. */
    public record PastedItem(int line, String headline, String body, String sourceUrl, String sourceName, String tag) {
    }
}
