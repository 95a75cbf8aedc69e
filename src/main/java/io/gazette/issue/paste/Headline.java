package io.gazette.issue.paste;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pasted headline; {@code [Headline](https://…)} yields the text and the item's source link. */
record Headline(String text, String url) {

    private static final Pattern LINKED = Pattern.compile("^\\[(.+)]\\((https?://\\S+?)\\)$");

    static Headline parse(String raw) {
        String text = raw.strip();
        Matcher linked = LINKED.matcher(text);
        if (linked.matches()) {
            return new Headline(linked.group(1).strip(), linked.group(2));
        }
        return new Headline(text, null);
    }
}
