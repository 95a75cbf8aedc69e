package io.gazette.render.markdown;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a Markdown tree as plain text for the text/plain part: blocks separated by blank lines, lists as
 * {@code - } and {@code 1. }, quotes as {@code > }, links as "text (URL)" with the URL written out, raw HTML reduced
 * to its text. Lines are not wrapped here; the whole message is wrapped once it is personalised.
 */
final class PlainTextRenderer {

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private PlainTextRenderer() {
    }

    static String render(Node document) {
        return blocks(document, "\n\n").strip();
    }

    private static String blocks(Node parent, String separator) {
        List<String> parts = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String block = block(child);
            if (!block.isBlank()) {
                parts.add(block);
            }
        }
        return String.join(separator, parts);
    }

    private static String block(Node node) {
        if (node instanceof BlockQuote) {
            return prefixLines(blocks(node, "\n\n"), "> ", "> ");
        }
        if (node instanceof ListBlock list) {
            return list(list);
        }
        if (node instanceof FencedCodeBlock code) {
            return prefixLines(code.getLiteral().stripTrailing(), "    ", "    ");
        }
        if (node instanceof IndentedCodeBlock code) {
            return prefixLines(code.getLiteral().stripTrailing(), "    ", "    ");
        }
        if (node instanceof HtmlBlock html) {
            return HtmlText.ofBlock(html.getLiteral());
        }
        if (node instanceof ThematicBreak) {
            return "----";
        }
        return inline(node);
    }

    private static String list(ListBlock list) {
        List<String> items = new ArrayList<>();
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? "- " : (number++) + ". ";
            items.add(prefixLines(blocks((ListItem) item, list.isTight() ? "\n" : "\n\n"), marker, " ".repeat(marker.length())));
        }
        return String.join(list.isTight() ? "\n" : "\n\n", items);
    }

    private static String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        appendInline(parent, out, new HtmlText.Inline());
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static void appendInline(Node parent, StringBuilder out, HtmlText.Inline state) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html) {
                state.tag(html.getLiteral(), out);
            } else if (state.hidden()) {
                continue;
            } else if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            } else if (node instanceof Link link) {
                StringBuilder label = new StringBuilder();
                appendInline(link, label, state);
                appendLink(label.toString(), link.getDestination(), out);
            } else {
                appendInline(node, out, state);
            }
        }
    }

    static void appendLink(String label, String url, StringBuilder out) {
        out.append(label);
        if (SafeUrls.isLinkable(url) && !sameTarget(label, url)) {
            out.append(" (").append(withoutMailto(url)).append(')');
        }
    }

    static String withoutMailto(String url) {
        return url.startsWith("mailto:") ? url.substring("mailto:".length()) : url;
    }

    static boolean sameTarget(String label, String url) {
        return label.equals(url) || ("mailto:" + label).equals(url);
    }

    private static String prefixLines(String text, String first, String rest) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String prefix = i == 0 ? first : rest;
            out.append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }
}
