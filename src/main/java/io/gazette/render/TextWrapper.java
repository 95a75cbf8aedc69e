package io.gazette.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain text at word boundaries so no line runs past the width, as RFC 3676 asks of text mail. Continuation
 * lines keep a quote's {@code > } and hang under a list item's text; a word longer than the width (a URL) gets a line
 * of its own rather than being broken, so it stays clickable.
 */
public final class TextWrapper {

    /** Leading quote markers, then an optional list marker. */
    private static final Pattern LEAD = Pattern.compile("^((?:\\s*>)*\\s*)((?:[-*•]|\\d{1,3}[.)])\\s+)?");

    private TextWrapper() {
    }

    public static String wrap(String text, int width) {
        if (!hasLongLine(text, width)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 16);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            wrapLine(text.substring(start, end), width, out);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean hasLongLine(String text, int width) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= width) {
                return true;
            }
        }
        return false;
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        Matcher lead = LEAD.matcher(line);
        lead.find();
        String quote = lead.group(1);
        String marker = lead.group(2) == null ? "" : lead.group(2);
        String hanging = quote + " ".repeat(marker.length());
        String[] words = line.substring(lead.end()).trim().split(" +");
        StringBuilder current = new StringBuilder(quote).append(marker);
        int wordsOnLine = 0;
        for (String word : words) {
            if (wordsOnLine > 0 && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current.setLength(0);
                current.append(hanging);
                wordsOnLine = 0;
            }
            if (wordsOnLine > 0) {
                current.append(' ');
            }
            current.append(word);
            wordsOnLine++;
        }
        out.append(current);
    }
}
