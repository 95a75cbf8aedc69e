package io.gazette.issue.paste;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional last paragraphs of a pasted item that are metadata, not body: a source ({@code Source: Name https://…},
 * {@code [Name](https://…)} or a bare URL) and a tag ({@code Tag: funding}).
 */
record ItemTrailer(String sourceUrl, String sourceName, String tag) {

    private static final Pattern TAG = Pattern.compile("^(?:tag|section)\\s*:\\s*(\\S.{0,63})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_PREFIX = Pattern.compile("^(?:source|via|read more|link)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("^\\[([^\\]]+)]\\((https?://\\S+)\\)$");
    private static final Pattern NAMED_URL = Pattern.compile("^(?:(.*?)\\s*[-–—:(]?\\s*)?<?(https?://\\S+?)>?\\)?$");

    /**
     * Removes trailing paragraphs made only of metadata lines (source and tag, one per line, in any order)
     * from {@code paragraphs} and returns what they said. The first paragraph is always body.
     */
    static ItemTrailer take(List<String> paragraphs) {
        String tag = null;
        String sourceUrl = null;
        String sourceName = null;
        while (paragraphs.size() > 1) {
            String[] lines = paragraphs.get(paragraphs.size() - 1).split("\n");
            String lineTag = null;
            String[] lineSource = null;
            boolean allMetadata = true;
            for (String line : lines) {
                Matcher tagMatch = TAG.matcher(line.strip());
                String[] source = sourceOf(line.strip());
                if (tagMatch.matches() && lineTag == null && tag == null) {
                    lineTag = tagMatch.group(1).strip();
                } else if (source != null && lineSource == null && sourceUrl == null) {
                    lineSource = source;
                } else {
                    allMetadata = false;
                }
            }
            if (!allMetadata) {
                break;
            }
            paragraphs.remove(paragraphs.size() - 1);
            tag = lineTag != null ? lineTag : tag;
            if (lineSource != null) {
                sourceName = lineSource[0];
                sourceUrl = lineSource[1];
            }
        }
        return new ItemTrailer(sourceUrl, sourceName, tag);
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
