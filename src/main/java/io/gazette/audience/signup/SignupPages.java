package io.gazette.audience.signup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public pages a subscriber sees. Qute escapes every value, so names and addresses are shown, never run. */
@CheckedTemplate(basePath = "SignupPages")
final class SignupPages {

    private SignupPages() {
    }

    static native TemplateInstance subscribe(ListInfo list, String email, String name, String error);

    static native TemplateInstance thanks(ListInfo list);

    static native TemplateInstance confirm(String listName);

    static native TemplateInstance confirmed(String listName);

    static native TemplateInstance unsubscribe(String listName);

    static native TemplateInstance unsubscribed(String listName, String preferencesUrl);

    static native TemplateInstance preferences(Preferences preferences, boolean saved);

    static native TemplateInstance leftAll();

    static native TemplateInstance problem(String title, String message, String actionUrl, String actionLabel);
}
