package io.gazette.issue.paste;

import io.gazette.issue.paste.PastedDigest.PastedItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest pasted as plain text or Markdown. Items are numbered headings ({@code 1. Headline} on a line of
 * its own after a blank line, or {@code ## 1. Headline}); text before item 1 is the intro and a trailing
 * "Wrapping up" section, one that no further item heading follows, is the closing. Numbers must follow 1, 2, 3… so a numbered list inside a body stays body.
 */
public final class DigestTextParser {

    private static final Pattern ITEM_HEADING = Pattern.compile(
            "^ {0,3}(#{1,6}\\s*)?(?:\\*\\*|__)?\\s*(\\d{1,3})\\s*[.)]\\s+(.+?)\\s*(?:\\*\\*|__)?\\s*$");
    private static final Pattern WRAP_UP_HEADING = Pattern.compile(
            "^ {0,3}(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*wrapping[ -]up\\s*(?:\\*\\*|__)?\\s*(?:[:.!\u2014-]\\s*(?:\\*\\*|__)?\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("^ {0,3}#\\s+(.+?)\\s*#*\\s*$");

    private DigestTextParser() {
    }

    public static PastedDigest parse(String text) {
        List<String> lines = normalise(text);
        List<ItemDraft> items = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        List<String> closing = null;
        List<String> current = intro;
        String title = null;
        boolean previousBlank = true;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (title == null && items.isEmpty() && intro.stream().allMatch(String::isBlank)) {
                Matcher t = TITLE.matcher(line);
                if (t.matches() && !ITEM_HEADING.matcher(line).matches()) {
                    title = t.group(1);
                    previousBlank = true;
                    continue;
                }
            }
            if (closing == null && isItemHeading(line, previousBlank, items.size() + 1)) {
                Matcher heading = ITEM_HEADING.matcher(line);
                heading.matches(); // known to match: this reads its groups
                ItemDraft draft = new ItemDraft(lineNumber, heading.group(3));
                items.add(draft);
                current = draft.lines;
                previousBlank = true;
                continue;
            }
            Matcher wrapUp = WRAP_UP_HEADING.matcher(line);
            if (!items.isEmpty() && closing == null && previousBlank && wrapUp.matches() && line.length() <= 80
                    && !itemHeadingFollows(lines, i + 1, items.size() + 1)) {
                closing = new ArrayList<>();
                if (wrapUp.group(1) != null && !wrapUp.group(1).isBlank()) {
                    closing.add(wrapUp.group(1));
                }
                current = closing;
                previousBlank = true;
                continue;
            }
            current.add(line);
            previousBlank = line.isBlank();
        }
        return new PastedDigest(title, Paragraphs.join(intro), items.stream().map(ItemDraft::toItem).toList(),
                closing == null ? null : Paragraphs.join(closing));
    }

    /**
     * A line that starts item {@code number}: "1. Headline" after a blank line, or a Markdown heading "## 1. Headline"
     * anywhere.
     */
    private static boolean isItemHeading(String line, boolean previousBlank, int number) {
        Matcher heading = ITEM_HEADING.matcher(line);
        return heading.matches() && (previousBlank || heading.group(1) != null) && Integer.parseInt(heading.group(2)) == number;
    }

    /**
     * Whether item {@code number} starts somewhere after {@code from}. A "Wrapping up" paragraph with more items after
     * it is part of an item's text, not the closing: taking it as the closing would send every later item into it.
     */
    private static boolean itemHeadingFollows(List<String> lines, int from, int number) {
        for (int i = from; i < lines.size(); i++) {
            if (isItemHeading(lines.get(i), lines.get(i - 1).isBlank(), number)) {
                return true;
            }
        }
        return false;
    }

    /** Unifies line endings, drops a byte-order mark and trailing spaces, and turns tabs into spaces. */
    static List<String> normalise(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        List<String> lines = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            lines.add(line.replace("\t", "    ").stripTrailing());
        }
        return lines;
    }

    private static final class ItemDraft {
        final int line;
        final String heading;
        final List<String> lines = new ArrayList<>();

        ItemDraft(int line, String heading) {
            this.line = line;
            this.heading = heading;
        }

        PastedItem toItem() {
            Headline headline = Headline.parse(heading);
            List<String> paragraphs = Paragraphs.split(lines);
            ItemTrailer trailer = ItemTrailer.take(paragraphs);
            String sourceUrl = headline.url() != null ? headline.url() : trailer.sourceUrl();
            String sourceName = trailer.sourceName() != null ? trailer.sourceName() : SourceNames.fromUrl(sourceUrl);
            return new PastedItem(line, headline.text(), String.join("\n\n", paragraphs), sourceUrl, sourceName, trailer.tag());
        }
    }
}
