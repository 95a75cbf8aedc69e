package io.gazette.issue.paste;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional last lines of a pasted item that are metadata, not body: a source ({@code Source: Name https://…},
 * {@code [Name](https://…)} or a bare URL) and a tag ({@code Tag: funding}). {@code sourceLine} is the source's line
 * as pasted, for when the item's source is another link and this one has to stay in the body.
 */
record ItemTrailer(String sourceUrl, String sourceName, String tag, String sourceLine) {

    private static final Pattern TAG = Pattern.compile("(?U)^(?:tag|section)\\s*:\\s*(\\S.{0,63})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_PREFIX = Pattern.compile("(?U)^(?:source|via|read more|link)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("(?U)^\\[([^\\]]+)]\\((https?://\\S+)\\)$");
    private static final Pattern NAMED_URL = Pattern.compile("(?U)^(?:(.*?)\\s*[-–—:(]?\\s*)?<?(https?://\\S+?)>?\\)?$");

    /**
     * Removes the metadata lines (one source and one tag, one per line, in any order) from the end of
     * {@code paragraphs} and returns what they said. It reads up from the last line and stops at the first line that is
     * not metadata, which stays, with all above it: a copy from a web page keeps a link's text only
     * ({@code Source: Name}), and that line is body, while the tag under it is still the tag. The metadata may close
     * the last paragraph without a blank line before it, even when that is the only paragraph; the first line of the
     * first paragraph is always body.
     */
    static ItemTrailer take(List<String> paragraphs) {
        String tag = null;
        String[] source = null;
        String sourceLine = null;
        while (!paragraphs.isEmpty()) {
            String[] lines = paragraphs.get(paragraphs.size() - 1).split("\n");
            int kept = lines.length;
            int bodyLines = paragraphs.size() == 1 ? 1 : 0;
            while (kept > bodyLines) {
                String line = lines[kept - 1].strip();
                Matcher tagMatch = TAG.matcher(line);
                String[] lineSource = source == null ? sourceOf(line) : null;
                if (tag == null && tagMatch.matches()) {
                    tag = tagMatch.group(1).strip();
                } else if (lineSource != null) {
                    source = lineSource;
                    sourceLine = line;
                } else {
                    break;
                }
                kept--;
            }
            paragraphs.remove(paragraphs.size() - 1);
            if (kept > 0) {
                paragraphs.add(String.join("\n", List.of(lines).subList(0, kept)));
                break;
            }
        }
        return source == null ? new ItemTrailer(null, null, tag, null) : new ItemTrailer(source[1], source[0], tag, sourceLine);
    }

    /** {name or null, url} when the line is only a source reference. */
    private static String[] sourceOf(String paragraph) {
        Matcher prefixed = SOURCE_PREFIX.matcher(paragraph);
        boolean hasPrefix = prefixed.matches() && !paragraph.regionMatches(true, 0, "http", 0, 4);
        String rest = hasPrefix ? prefixed.group(1).strip() : paragraph.strip();
        Matcher link = MARKDOWN_LINK.matcher(rest);
        if (link.matches()) {
            return new String[] {link.group(1).strip(), link.group(2)};
        }
        Matcher named = NAMED_URL.matcher(rest);
        if (named.matches() && (hasPrefix || named.group(1) == null || named.group(1).isBlank())) {
            String name = named.group(1) == null || named.group(1).isBlank() ? null : named.group(1).strip();
            return new String[] {name, named.group(2)};
        }
        return null;
    }
}
