package io.gazette.issue.paste;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pasted headline; {@code [Headline](https://…)} yields the text and the item's source link. */
record Headline(String text, String url) {

    private static final Pattern LINKED = Pattern.compile("^\\[(.+)]\\((https?://\\S+?)\\)$");

    static Headline parse(String raw) {
        String text = unbold(raw.strip());
        Matcher linked = LINKED.matcher(text);
        if (linked.matches()) {
            return new Headline(linked.group(1).strip(), linked.group(2));
        }
        return new Headline(text, null);
    }

    /** {@code **Headline**} or {@code __Headline__}: emphasis on the whole headline is formatting, not content. */
    private static String unbold(String text) {
        String result = text;
        for (String mark : new String[] {"**", "__"}) {
            if (result.startsWith(mark) && result.length() > 2) {
                result = result.substring(2);
            }
            if (result.endsWith(mark) && result.length() > 2) {
                result = result.substring(0, result.length() - 2);
            }
        }
        return result.strip();
    }
}
