package io.gazette.shared.web;

import io.quarkus.qute.TemplateExtension;

/** Counting for page templates ("issue #{n.plusOne}", paging links); Qute has no arithmetic of its own. */
@TemplateExtension
final class NumberExtensions {

    private NumberExtensions() {
    }

    static int plusOne(int value) {
        return value + 1;
    }

    static int minusOne(int value) {
        return value - 1;
    }
}
