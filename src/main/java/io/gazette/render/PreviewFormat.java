package io.gazette.render;

import io.gazette.shared.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three ways to preview an issue: as the HTML part, the text part, or the whole message as an .eml file. */
public enum PreviewFormat {
    HTML("text/html;charset=UTF-8"),
    TEXT("text/plain;charset=UTF-8"),
    EML("message/rfc822");

    private final String mediaType;

    PreviewFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static PreviewFormat parse(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("format", "must be one of " + Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }
}
