package io.gazette.render.mime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045 section 6.7) encoding of a text body in UTF-8 with CRLF line ends. Jakarta Mail's own
 * encoder works a byte at a time through streams and was most of the cost of building a message; this one works on
 * arrays with a lookup table. Output lines stay within 76 characters; whitespace before a line end and a line's
 * leading dot are encoded so no relay can alter them. Each line is encoded on its own, which lets
 * {@link SharedLines} reuse the encoding of lines that every recipient's copy has in common.
 */
public final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 76;
    /** Below this column a byte cannot need a soft line break, whatever follows it. */
    private static final int SAFE_COLUMN = MAX_LINE - 4;

    private static final byte PRINTABLE = 0;
    private static final byte ENCODED = 1;
    private static final byte BLANK = 2;
    private static final byte DOT = 3;
    private static final byte[] KIND = new byte[256];

    static {
        Arrays.fill(KIND, ENCODED);
        for (int b = 33; b <= 126; b++) {
            KIND[b] = PRINTABLE;
        }
        KIND['='] = ENCODED;
        KIND[' '] = BLANK;
        KIND['\t'] = BLANK;
        KIND['.'] = DOT;
    }

    private QuotedPrintable() {
    }

    public static byte[] encode(String text) {
        return SharedLines.NONE.encode(text);
    }

    /**
     * One line of UTF-8, {@code in[from, to)} without its line break; a CR at its end belongs to the CRLF that
     * ends it.
     */
    static byte[] encodeLine(byte[] in, int from, int to) {
        int n = to > from && in[to - 1] == '\r' ? to - 1 : to;
        byte[] out = new byte[(n - from) * 3 + ((n - from) / 24 + 1) * 3];
        int o = 0;
        int column = 0;
        for (int i = from; i < n; i++) {
            int b = in[i] & 0xff;
            int kind = KIND[b];
            boolean last = i + 1 == n;
            if (column < SAFE_COLUMN && (kind == PRINTABLE || kind == BLANK && !last)) {
                out[o++] = (byte) b;
                column++;
                continue;
            }
            boolean literal = kind == PRINTABLE || kind == BLANK && !last || kind == DOT && column > 0;
            if (column + (literal ? 1 : 3) > (last ? MAX_LINE : MAX_LINE - 1)) {
                out[o++] = '=';
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                literal = literal && kind != DOT;
            }
            if (literal) {
                out[o++] = (byte) b;
                column++;
            } else {
                out[o++] = '=';
                out[o++] = HEX[b >> 4];
                out[o++] = HEX[b & 0x0f];
                column += 3;
            }
        }
        return Arrays.copyOf(out, o);
    }
}
