package io.gazette.render.mime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045 section 6.7) encoding of a text body in UTF-8 with CRLF line ends. Jakarta Mail's own
 * encoder works a byte at a time through streams and was most of the cost of building a message; this one works on
 * arrays with a lookup table. Output lines stay within 76 characters; whitespace before a line end and a line's
 * leading dot are encoded so no relay can alter them.
 */
public final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 76;
    /** Below this column a character cannot need a soft line break, whatever follows it. */
    private static final int SAFE_COLUMN = MAX_LINE - 4;

    private static final byte PRINTABLE = 0;
    private static final byte ENCODED = 1;
    private static final byte BLANK = 2;
    private static final byte CR = 3;
    private static final byte LF = 4;
    private static final byte DOT = 5;
    private static final byte[] KIND = new byte[256];

    static {
        Arrays.fill(KIND, ENCODED);
        for (int b = 33; b <= 126; b++) {
            KIND[b] = PRINTABLE;
        }
        KIND['='] = ENCODED;
        KIND[' '] = BLANK;
        KIND['\t'] = BLANK;
        KIND['\r'] = CR;
        KIND['\n'] = LF;
        KIND['.'] = DOT;
    }

    private QuotedPrintable() {
    }

    public static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        int n = in.length;
        byte[] out = new byte[n * 3 + (n / 24 + 2) * 3];
        int o = 0;
        int column = 0;
        for (int i = 0; i < n; i++) {
            int b = in[i] & 0xff;
            int kind = KIND[b];
            if (column < SAFE_COLUMN && (kind == PRINTABLE || kind == BLANK && !endsLine(in, i + 1))) {
                out[o++] = (byte) b;
                column++;
                continue;
            }
            if (kind == LF) {
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                continue;
            }
            boolean lastOnLine = endsLine(in, i + 1);
            if (kind == CR && lastOnLine && i + 1 < n) {
                continue;
            }
            boolean literal = isLiteral(kind, column, lastOnLine);
            int width = literal ? 1 : 3;
            if (column + width > (lastOnLine ? MAX_LINE : MAX_LINE - 1)) {
                out[o++] = '=';
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                literal = isLiteral(kind, column, lastOnLine);
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

    /** True at the end of the input or before a line break. */
    private static boolean endsLine(byte[] in, int next) {
        return next >= in.length || in[next] == '\n' || in[next] == '\r';
    }

    private static boolean isLiteral(int kind, int column, boolean lastOnLine) {
        return kind == PRINTABLE || kind == BLANK && !lastOnLine || kind == DOT && column > 0;
    }
}
