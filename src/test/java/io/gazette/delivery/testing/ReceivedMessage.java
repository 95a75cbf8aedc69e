package io.gazette.delivery.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A message the server accepted.
 *
 * @param envelopeFrom the MAIL FROM address
 * @param recipients   the accepted RCPT TO addresses
 * @param content      the content as the client meant it (dot-stuffing undone, lines ending in CRLF)
 * @param connection   which connection (1, 2, ...) carried it
 */
public record ReceivedMessage(String envelopeFrom, List<String> recipients, byte[] content, int connection) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
