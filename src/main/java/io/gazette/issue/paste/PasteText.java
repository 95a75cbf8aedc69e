package io.gazette.issue.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * A paste as tidied lines: one kind of line ending, no byte-order mark, tabs as four spaces. A web page's spaces are
 * layout where they stand at a line's edge: a line of only spaces (U+00A0, U+2007 and U+202F included, which
 * {@link String#isBlank} does not count) is blank, those at its start are indentation and those at its end go. Inside
 * a line they stay, as the author's ("Pier 4"); the patterns that read structure take them as spaces ({@code (?U)}).
 */
final class PasteText {

    final List<String> lines;
    /**
     * No blank line anywhere: a copy from a page that keeps one line per heading and per paragraph, so every line
     * starts a block of its own.
     */
    final boolean blankless;

    private PasteText(List<String> lines) {
        this.lines = List.copyOf(lines);
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isEmpty()) {
            first++;
        }
        while (last >= first && lines.get(last).isEmpty()) {
            last--;
        }
        this.blankless = lines.subList(first, last + 1).stream().noneMatch(String::isEmpty);
    }

    static PasteText of(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            lines.add(tidy(line.replace("\t", "    ")));
        }
        return new PasteText(lines);
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    boolean isBlank(int index) {
        return lines.get(index).isEmpty();
    }

    /** Whether the line at {@code index} may open a block: after a blank line, at the top, or in a blankless paste. */
    boolean startsBlock(int index) {
        return index == 0 || blankless || isBlank(index - 1);
    }

    /** 1-based, as an editor counts lines. */
    static int lineNumber(int index) {
        return index + 1;
    }

    private static String tidy(String line) {
        int start = 0;
        while (start < line.length() && isSpace(line.charAt(start))) {
            start++;
        }
        int end = line.length();
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return start == end ? "" : " ".repeat(start) + line.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
