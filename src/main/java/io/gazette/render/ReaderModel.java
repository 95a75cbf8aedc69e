package io.gazette.render;

import io.gazette.render.theme.Attributes;

/**
 * {@code recipient} in a theme. {@code name} is null when the subscriber gave none; {@code greetingName} is the
 * name or "there", for "Hi {recipient.greetingName}". {@code attributes.anything} is "" when absent.
 */
public record ReaderModel(String name, String greetingName, String email, Attributes attributes) {

    static final String NO_NAME_GREETING = "there";

    public static ReaderModel of(Recipient recipient) {
        String name = recipient.name();
        return new ReaderModel(name, name == null ? NO_NAME_GREETING : name, recipient.email(),
                new Attributes(recipient.attributes()));
    }
}
