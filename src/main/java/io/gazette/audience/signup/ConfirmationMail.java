package io.gazette.audience.signup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The double opt-in message, as a plain-text and an HTML part of one multipart/alternative mail. */
@CheckedTemplate(basePath = "ConfirmationMail")
final class ConfirmationMail {

    private ConfirmationMail() {
    }

    static native TemplateInstance text(String name, String listName, String confirmUrl, String validFor);

    static native TemplateInstance html(String name, String listName, String confirmUrl, String validFor);
}
