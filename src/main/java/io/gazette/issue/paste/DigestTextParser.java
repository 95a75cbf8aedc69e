package io.gazette.issue.paste;

import io.gazette.issue.paste.ItemHeadings.Heading;
import io.gazette.issue.paste.ItemHeadings.Outline;
import io.gazette.issue.paste.PageFurniture.Cut;
import io.gazette.issue.paste.PastedDigest.PastedItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest pasted as plain text, as Markdown, or copied from a web page. Items are numbered headings
 * ({@code 1. Headline} opening a block, or {@code ## 1. Headline}), picked by {@link ItemHeadings}; text before item 1
 * is the intro (a page's furniture above it cut off by {@link PageFurniture}) and a "Wrapping up" section after the
 * last item is the closing. Whatever the parser decides that reshapes the text (a numbering slip read through,
 * numbered lines kept as text, lines left out, a second link kept in a body) is a {@link PasteWarning}.
 */
public final class DigestTextParser {

    private static final Pattern TITLE = Pattern.compile("(?U)^ {0,3}#\\s+(.+?)\\s*#*\\s*$");

    private DigestTextParser() {
    }

    public static PastedDigest parse(String pasted) {
        PasteText text = PasteText.of(pasted);
        Outline outline = ItemHeadings.read(text);
        List<Heading> headings = outline.items();
        List<PasteWarning> warnings = new ArrayList<>(outline.warnings());
        int firstItem = headings.isEmpty() ? text.size() : headings.get(0).index();

        int introStart = 0;
        String title = null;
        int top = firstTextLine(text, firstItem);
        if (top >= 0 && TITLE.matcher(text.line(top)).matches() && !ItemHeadings.isNumbered(text.line(top))) {
            title = titleOf(text.line(top));
            introStart = top + 1;
        }
        Cut furniture = PageFurniture.aboveIntro(text, introStart, firstItem);
        warn(warnings, furniture);
        title = title != null ? title : titleOf(furniture.title());
        String intro = Paragraphs.join(text.lines.subList(furniture.at(), firstItem), text.blankless);

        int end = text.size();
        if (!headings.isEmpty()) {
            Cut footer = PageFurniture.footer(text, Math.max(headings.get(headings.size() - 1).index(), outline.closing()) + 1, end);
            warn(warnings, footer);
            end = footer.at();
        }
        int itemsEnd = outline.closing() >= 0 ? outline.closing() : end;
        List<PastedItem> items = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            Heading heading = headings.get(k);
            int next = k + 1 < headings.size() ? headings.get(k + 1).index() : itemsEnd;
            items.add(item(heading, k + 1, text.lines.subList(heading.index() + 1, next), text.blankless, warnings));
        }
        String closing = outline.closing() < 0 ? null : closing(text, outline.closing(), end);
        warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        int closingLine = outline.closing() < 0 ? 0 : PasteText.lineNumber(outline.closing());
        return new PastedDigest(title, intro, List.copyOf(items), closing, closingLine, List.copyOf(warnings));
    }

    private static PastedItem item(Heading heading, int number, List<String> lines, boolean linePerParagraph,
                                   List<PasteWarning> warnings) {
        Headline headline = Headline.parse(heading.text());
        List<String> paragraphs = Paragraphs.split(lines, linePerParagraph);
        ItemTrailer trailer = ItemTrailer.take(paragraphs);
        String sourceUrl = headline.url() != null ? headline.url() : trailer.sourceUrl();
        String sourceName = sourceUrl != null && sourceUrl.equals(trailer.sourceUrl()) ? trailer.sourceName() : null;
        if (headline.url() != null && trailer.sourceUrl() != null && !headline.url().equals(trailer.sourceUrl())) {
            // Two links: the headline's is the item's source, the Source line keeps its own name and link in the body,
            // rather than one link's name paired with the other's address.
            paragraphs.add(trailer.sourceLine());
            warnings.add(new PasteWarning(PasteText.lineNumber(heading.index()), "item " + number + " links its headline to "
                    + headline.url() + " and its source line to " + trailer.sourceUrl()
                    + ": the headline's link is the item's source, the source line stays in its text"));
        }
        return new PastedItem(PasteText.lineNumber(heading.index()), headline.text(), String.join("\n\n", paragraphs),
                sourceUrl, sourceName != null ? sourceName : SourceNames.fromUrl(sourceUrl), trailer.tag());
    }

    /** The closing's text: what its heading says after "Wrapping up:", then its lines up to {@code end}. */
    private static String closing(PasteText text, int heading, int end) {
        List<String> lines = new ArrayList<>();
        Matcher wrapUp = ItemHeadings.WRAP_UP.matcher(text.line(heading));
        if (wrapUp.matches() && wrapUp.group(1) != null && !wrapUp.group(1).isBlank()) {
            lines.add(wrapUp.group(1));
        }
        lines.addAll(text.lines.subList(heading + 1, end));
        return Paragraphs.join(lines, text.blankless);
    }

    private static int firstTextLine(PasteText text, int end) {
        for (int i = 0; i < end; i++) {
            if (!text.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A Markdown title's text ("# Title" → "Title"); a page's heading as it is. */
    private static String titleOf(String line) {
        if (line == null) {
            return null;
        }
        Matcher title = TITLE.matcher(line);
        return title.matches() ? title.group(1) : line.strip();
    }

    private static void warn(List<PasteWarning> warnings, Cut cut) {
        if (cut.warning() != null) {
            warnings.add(cut.warning());
        }
    }
}
