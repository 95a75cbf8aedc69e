package io.gazette.render;

import io.quarkus.qute.RawString;

import java.util.List;

/**
 * {@code issue} in a theme. {@code date} is written out in English in the newsletter's time zone, {@code isoDate}
 * is {@code yyyy-MM-dd}. Intro and closing come as HTML and as text like item bodies; {@code introText} and
 * {@code closingText} are empty when the editor wrote none, which makes them the thing to test with {@code #if}.
 */
public record IssueModel(long id, int number, String title, String subject, String preheader, String date,
                         String isoDate, RawString introHtml, String introText, RawString closingHtml,
                         String closingText, String ctaLabel, String ctaUrl, List<ItemModel> items, String webUrl) {

    public IssueModel {
        items = List.copyOf(items);
    }

    public int itemCount() {
        return items.size();
    }
}
