package io.gazette.issue.paste;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which numbered lines of a paste start items, and where the closing starts. The rule:
 * <ol>
 *   <li>A numbered line ({@code 1. Headline}, {@code 1) Headline}, {@code ## 1. Headline}, at most three spaces in) may
 *   start an item when it is a Markdown heading or opens a block (after a blank line, or anywhere in a paste without
 *   blank lines).</li>
 *   <li>Items follow one running count: the line with the next number is the next item.</li>
 *   <li>A line numbered 1 after the first item restarts the count, so it opens a list inside the text it stands in,
 *   and the lines that go on counting from it (2, 3, ...) in the same look (plain or heading, indented or not) are
 *   that list's entries, not items.</li>
 *   <li>A number that skips ahead (1, 3) is still an item, with a warning, unless the expected number comes later (before
 *   the count restarts): then the line is text, with a warning.</li>
 *   <li>Any other unexpected number (2 again after 2) is an item, with a warning; the count goes on from it.</li>
 * </ol>
 * A list that looks just like the items (same look, entries apart, not indented) could have been items, so it is
 * reported; one that is indented, plain under Markdown headings, or tight (entries on consecutive lines) is plainly a
 * list. The closing is a "Wrapping up" heading after the last item, so one inside an item with more items after it
 * is that item's text.
 */
final class ItemHeadings {

    private static final Pattern NUMBERED = Pattern.compile(
            "(?U)^( {0,3})(#{1,6}\\s*)?(?:\\*\\*|__)?\\s*(\\d{1,3})\\s*[.)]\\s+(.+?)\\s*(?:\\*\\*|__)?\\s*$");
    static final Pattern WRAP_UP = Pattern.compile(
            "(?U)^ {0,3}(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*wrapping[ -]up\\s*(?:\\*\\*|__)?\\s*(?:[:.!\u2014-]\\s*(?:\\*\\*|__)?\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final int WRAP_UP_MAX_LENGTH = 80;

    /** A numbered line that may start an item; {@code index} is its line's, 0-based. */
    record Heading(int index, int number, String text, boolean markdown, boolean indented, String line) {

        boolean looksLike(Heading other) {
            return markdown == other.markdown && indented == other.indented;
        }
    }

    /** The item headings in order, the closing heading's index (-1 when none) and what the reading is warned about. */
    record Outline(List<Heading> items, int closing, List<PasteWarning> warnings) {
    }

    private ItemHeadings() {
    }

    static Outline read(PasteText text) {
        List<Heading> candidates = candidates(text);
        List<Heading> items = new ArrayList<>();
        List<NestedList> lists = new ArrayList<>();
        List<PasteWarning> warnings = new ArrayList<>();
        NestedList list = null;
        int expected = 1;
        for (int k = 0; k < candidates.size(); k++) {
            Heading heading = candidates.get(k);
            int number = heading.number();
            if (list != null && list.goesOnWith(heading)) {
                list.add(heading);
            } else if (number == expected) {
                items.add(heading);
                expected = number + 1;
                list = null;
            } else if (number == 1 && !items.isEmpty()) {
                list = new NestedList(heading, items.size(), items.get(items.size() - 1), tight(text, heading));
                lists.add(list);
            } else if (number > expected && comesLater(candidates, k + 1, expected)) {
                warnings.add(new PasteWarning(PasteText.lineNumber(heading.index()), "“" + heading.line().strip() + "” is numbered "
                        + number + " but item " + expected + " comes later: kept in "
                        + (items.isEmpty() ? "the intro" : "the text of item " + items.size())));
            } else {
                warnings.add(new PasteWarning(PasteText.lineNumber(heading.index()), "item numbered " + number + ", expected " + expected));
                items.add(heading);
                expected = number + 1;
                list = null;
            }
        }
        int closing = closing(text, items);
        for (NestedList nested : lists) {
            if (nested.couldHaveBeenItems()) {
                warnings.add(nested.warning(closing));
            }
        }
        warnings.sort(Comparator.comparingInt(PasteWarning::line));
        return new Outline(List.copyOf(items), closing, List.copyOf(warnings));
    }

    private static List<Heading> candidates(PasteText text) {
        List<Heading> candidates = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Matcher numbered = NUMBERED.matcher(text.line(i));
            boolean markdown = numbered.matches() && numbered.group(2) != null;
            if (numbered.matches() && (markdown || text.startsBlock(i))) {
                candidates.add(new Heading(i, Integer.parseInt(numbered.group(3)), numbered.group(4), markdown,
                        !numbered.group(1).isEmpty(), text.line(i)));
            }
        }
        return candidates;
    }

    /** A line of the shape of an item heading, wherever it stands. */
    static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** Whether a line numbered {@code number} comes after {@code from}, before the count restarts at 1. */
    private static boolean comesLater(List<Heading> candidates, int from, int number) {
        for (Heading later : candidates.subList(from, candidates.size())) {
            if (later.number() == number) {
                return true;
            }
            if (later.number() == 1) {
                return false;
            }
        }
        return false;
    }

    /** A list whose next line is its next entry, without a blank line between: no digest sets its items so. */
    private static boolean tight(PasteText text, Heading first) {
        int next = first.index() + 1;
        return !text.blankless && next < text.size() && isNumbered(text.line(next));
    }

    /** The first "Wrapping up" heading opening a block after the last item, or -1. */
    private static int closing(PasteText text, List<Heading> items) {
        if (items.isEmpty()) {
            return -1;
        }
        for (int i = items.get(items.size() - 1).index() + 1; i < text.size(); i++) {
            if (text.startsBlock(i) && text.line(i).length() <= WRAP_UP_MAX_LENGTH && WRAP_UP.matcher(text.line(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A numbered list inside an item's text (or the closing's), counted from its restart at 1. */
    private static final class NestedList {
        private final Heading first;
        private final int item;
        private final Heading owner;
        private final boolean tight;
        private Heading last;

        NestedList(Heading first, int item, Heading owner, boolean tight) {
            this.first = first;
            this.item = item;
            this.owner = owner;
            this.tight = tight;
            this.last = first;
        }

        boolean goesOnWith(Heading heading) {
            return heading.number() == last.number() + 1 && heading.looksLike(first);
        }

        void add(Heading heading) {
            last = heading;
        }

        boolean couldHaveBeenItems() {
            return first.looksLike(owner) && !tight;
        }

        PasteWarning warning(int closing) {
            String where = closing >= 0 && first.index() > closing ? "the closing" : "item " + item;
            String lines = last == first ? "“" + first.line().strip() + "” is"
                    : "the numbered lines 1 to " + last.number() + " (lines " + PasteText.lineNumber(first.index()) + " to "
                    + PasteText.lineNumber(last.index()) + ") are";
            return new PasteWarning(PasteText.lineNumber(first.index()), lines + " read as a list in " + where
                    + ", not as items: the count starts again at 1 there");
        }
    }
}
