package io.gazette.issue.web;

import io.gazette.issue.ItemView;
import io.quarkus.qute.TemplateExtension;

/** The start of an item's body, as the composer's list shows it. */
@TemplateExtension
final class ItemExtensions {

    private static final int EXCERPT = 160;

    private ItemExtensions() {
    }

    /** The body's start, for the list; the preview shows it whole. */
    static String excerpt(ItemView item) {
        String body = item.body().replaceAll("\\s+", " ").strip();
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1).strip() + "…";
    }
}
