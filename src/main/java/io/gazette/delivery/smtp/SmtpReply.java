package io.gazette.delivery.smtp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server reply taken apart: {@code "550 5.1.1 <a@b>: User unknown"} has code 550 and enhanced code {@code 5.1.1}.
 *
 * @param code     the reply code, or 0 when the text does not start with one
 * @param enhanced the RFC 3463 enhanced status code, or null
 * @param text     the reply as received, trimmed
 */
record SmtpReply(int code, String enhanced, String text) {

    private static final Pattern SHAPE = Pattern.compile("^([2-5]\\d\\d)(?:[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?");

    static SmtpReply parse(String reply) {
        String text = reply == null ? "" : reply.strip();
        Matcher m = SHAPE.matcher(text);
        if (!m.find()) {
            return new SmtpReply(0, null, text);
        }
        return new SmtpReply(Integer.parseInt(m.group(1)), m.group(2), text);
    }

    /** Parses {@code text}, but trusts {@code code} (from the SMTP client) when the text itself does not start with one. */
    static SmtpReply of(int code, String text) {
        SmtpReply parsed = parse(text);
        if (parsed.code() == 0 && code >= 200 && code <= 599) {
            return new SmtpReply(code, parsed.enhanced(), parsed.text());
        }
        return parsed;
    }

    boolean transientFailure() {
        return code >= 400 && code < 500;
    }

    boolean permanentFailure() {
        return code >= 500 && code < 600;
    }
}
