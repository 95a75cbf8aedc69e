package io.gazette.audience.list;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The HTML form a site owner pastes into their own page; it posts to the list's hosted subscribe endpoint. */
@CheckedTemplate(basePath = "EmbedSnippet")
final class EmbedSnippet {

    private EmbedSnippet() {
    }

    static native TemplateInstance snippet(String action, String listName);
}
