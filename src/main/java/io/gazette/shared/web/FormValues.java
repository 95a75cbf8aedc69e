package io.gazette.shared.web;

/** How a browser's form values become request fields: an empty or blank field is an absent value. */
public final class FormValues {

    private FormValues() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Null for an empty field, otherwise the value without surrounding spaces. */
    public static String orNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
