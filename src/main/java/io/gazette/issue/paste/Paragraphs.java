package io.gazette.issue.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits lines into paragraphs at blank lines, however many there are; in a paste without any blank line (a copy from
 * a web page that keeps one line per paragraph), at every line.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> split(List<String> lines, boolean linePerParagraph) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(paragraph.length() == 0 ? line.strip() : line);
                if (linePerParagraph) {
                    flush(paragraph, paragraphs);
                }
            }
        }
        flush(paragraph, paragraphs);
        return paragraphs;
    }

    /** The paragraphs joined by one blank line each, or null when there is no text at all. */
    static String join(List<String> lines, boolean linePerParagraph) {
        List<String> paragraphs = split(lines, linePerParagraph);
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString().strip());
            paragraph.setLength(0);
        }
    }
}
