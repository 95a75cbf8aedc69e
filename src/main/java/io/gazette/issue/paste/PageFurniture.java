package io.gazette.issue.paste;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser copies along with a digest from its web page: above the intro the site's name, its navigation,
 * "Subscribe", the date and the page's heading; below the last text a footer. Each cut is reported, with the lines
 * it left out, so nothing disappears unseen.
 * <p>
 * Above the intro, the lines before the first one that reads as an author's text (a sentence, a long line, a numbered
 * line, a Markdown list or quote) are furniture, and the last of them that is not navigation or a date is the page's heading, the
 * title. When no such text follows, only navigation and dates are cut. Below, only navigation is cut (links set
 * apart by {@code |}, {@code ·} or {@code •}, "Unsubscribe", a copyright line): a closing may well end on a date.
 */
final class PageFurniture {

    /** Where the kept text starts (above) or ends (below), the title read from the cut lines, and the warning. */
    record Cut(int at, String title, PasteWarning warning) {
    }

    private static final Set<String> NAVIGATION_WORDS = Set.of("skip to content", "skip to main content", "home", "archive",
            "archives", "about", "subscribe", "subscribe now", "sign in", "sign up", "log in", "login", "sign out", "log out",
            "menu", "search", "share", "share this", "share this issue", "tweet", "contact", "read online", "view online",
            "view in browser", "open in browser", "all issues", "past issues", "previous issue", "next issue", "unsubscribe",
            "manage preferences", "rss");
    private static final Pattern LINK_SEPARATOR = Pattern.compile("(?U)\\s[|·•]\\s");
    private static final Pattern MONTH_DAY = Pattern.compile("(?U)(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + months()
            + "|" + months() + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern WORD = Pattern.compile("(?U)\\s+");
    private static final String CLOSING_MARKS = "\"'”’»)]*_";
    private static final String SENTENCE_ENDS = ".!?:;…";
    private static final int LINK_WORDS = 5;
    private static final int DATE_LINE = 60;
    private static final int PROSE_WORDS = 12;

    private PageFurniture() {
    }

    /** Cuts the page's top off the intro's lines {@code from}..{@code to} (exclusive). */
    static Cut aboveIntro(PasteText text, int from, int to) {
        int textStart = from;
        while (textStart < to && (text.isBlank(textStart) || !readsAsText(text.line(textStart)))) {
            textStart++;
        }
        boolean textFollows = textStart < to;
        List<Integer> cut = new ArrayList<>();
        String title = null;
        int at = from;
        for (int i = from; i < (textFollows ? textStart : to); i++) {
            if (text.isBlank(i)) {
                continue;
            }
            boolean chrome = isNavigation(text.line(i)) || isDate(text.line(i));
            if (!textFollows && !chrome) {
                break;
            }
            cut.add(i);
            at = i + 1;
            title = chrome ? title : text.line(i).strip();
        }
        if (cut.isEmpty()) {
            return new Cut(from, null, null);
        }
        String heading = title;
        List<Integer> furniture = cut.stream().filter(i -> !text.line(i).strip().equals(heading)).toList();
        String message = "left out above the intro" + (furniture.isEmpty() ? "" : ", as the page's furniture: " + quoted(text, furniture))
                + (title == null ? "" : (furniture.isEmpty() ? ": " : "; ") + "“" + title + "” read as the title");
        return new Cut(at, title, new PasteWarning(PasteText.lineNumber(cut.get(0)), message));
    }

    /** Cuts a footer of navigation lines off the end of the lines {@code from}..{@code to} (exclusive). */
    static Cut footer(PasteText text, int from, int to) {
        List<Integer> cut = new ArrayList<>();
        int at = to;
        for (int i = to - 1; i >= from; i--) {
            if (text.isBlank(i)) {
                continue;
            }
            if (!isNavigation(text.line(i))) {
                break;
            }
            cut.add(0, i);
            at = i;
        }
        if (cut.isEmpty()) {
            return new Cut(to, null, null);
        }
        return new Cut(at, null, new PasteWarning(PasteText.lineNumber(cut.get(0)),
                "left out below the text, as the page's furniture: " + quoted(text, cut)));
    }

    /** A sentence, a long line, a numbered, list or quote line: what an author writes, not a page's label. */
    static boolean readsAsText(String line) {
        String text = line.strip();
        if (text.startsWith("- ") || text.startsWith("* ") || text.startsWith("+ ") || text.startsWith(">")
                || ItemHeadings.isNumbered(text)) {
            return true;
        }
        int end = text.length();
        while (end > 0 && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || words(text) >= PROSE_WORDS;
    }

    /** Site links: one known label ("Subscribe"), a copyright line, or short links set apart ("Home · Archive"). */
    static boolean isNavigation(String line) {
        String text = line.strip();
        if (text.contains("://")) {
            return false;
        }
        String label = text.toLowerCase(Locale.ROOT).replaceAll("(?U)^[\\W_]+|[\\W_]+$", "");
        if (NAVIGATION_WORDS.contains(label) || text.startsWith("©") || label.startsWith("copyright ")) {
            return true;
        }
        String[] links = LINK_SEPARATOR.split(text);
        if (links.length < 2) {
            return false;
        }
        for (String link : links) {
            if (words(link) > LINK_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** A short line with a day of a month in it ("Thursday, 4 December 2026", "Dec 4", "2026-12-04"). */
    static boolean isDate(String line) {
        String text = line.strip();
        return text.length() <= DATE_LINE && MONTH_DAY.matcher(text).find();
    }

    private static String months() {
        return "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : WORD.split(stripped).length;
    }

    private static String quoted(PasteText text, List<Integer> lines) {
        return lines.stream().map(i -> "“" + text.line(i).strip() + "”").collect(Collectors.joining(", "));
    }
}
