package io.gazette.archive;

import java.util.regex.Pattern;

/** Removes the characters XML 1.0 forbids outright (most control characters), which escaping cannot fix. */
final class XmlText {

    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlText() {
    }

    static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
