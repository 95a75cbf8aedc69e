package io.gazette.issue.paste;

/**
 * Something the parser decided that the editor should see before the items are saved: a numbering slip it read
 * through, numbered lines it kept in a text, lines it left out. {@code line} is the pasted text's line (1-based).
 */
public record PasteWarning(int line, String message) {

    /** "line 12: item numbered 3, expected 2", as the composer lists it. */
    public String text() {
        return "line " + line + ": " + message;
    }
}
