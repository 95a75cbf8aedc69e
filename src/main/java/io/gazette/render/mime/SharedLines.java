package io.gazette.render.mime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The quoted-printable encodings of the lines that every recipient's copy of an issue shares, made once per send.
 * Quoted-printable starts afresh on every line, so a shared line's encoding can be reused as it is; lines with
 * personal values are encoded as usual, so the result never depends on what was shared. Copies follow the same
 * template, so their lines come in the same order: each line of a copy is compared, as UTF-8 bytes, with the next
 * expected shared line (or the few after it), which costs far less than encoding it. Read-only after
 * construction, hence safe for any number of threads.
 */
public final class SharedLines {

    static final SharedLines NONE = new SharedLines(new String[0]);
    private static final byte[] CRLF = {'\r', '\n'};
    /** How many expected lines a copy may skip (say, a line a condition left out) before the walk gives up on one. */
    private static final int LOOK_AHEAD = 4;

    private final byte[][] lines;
    private final byte[][] encoded;

    private SharedLines(String[] shared) {
        lines = new byte[shared.length][];
        encoded = new byte[shared.length][];
        for (int i = 0; i < shared.length; i++) {
            lines[i] = shared[i].getBytes(StandardCharsets.UTF_8);
            encoded[i] = QuotedPrintable.encodeLine(lines[i], 0, lines[i].length);
        }
    }

    /** The lines two differently personalised copies have in common, in the order of the first, encoded. */
    public static SharedLines between(String first, String second) {
        Set<String> inSecond = new HashSet<>(Arrays.asList(second.split("\n", -1)));
        return new SharedLines(Arrays.stream(first.split("\n", -1)).filter(inSecond::contains).toArray(String[]::new));
    }

    public byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length + (in.length >> 3) + 64];
        int o = 0;
        int start = 0;
        int expected = 0;
        while (start <= in.length) {
            int end = lineEnd(in, start);
            int match = match(in, start, end, expected);
            byte[] line;
            if (match >= 0) {
                line = encoded[match];
                expected = match + 1;
            } else {
                line = QuotedPrintable.encodeLine(in, start, end);
            }
            if (out.length - o < line.length + 2) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, o + line.length + 2));
            }
            System.arraycopy(line, 0, out, o, line.length);
            o += line.length;
            if (end < in.length) {
                System.arraycopy(CRLF, 0, out, o, 2);
                o += 2;
            }
            start = end + 1;
        }
        return Arrays.copyOf(out, o);
    }

    private static int lineEnd(byte[] in, int start) {
        for (int i = start; i < in.length; i++) {
            if (in[i] == '\n') {
                return i;
            }
        }
        return in.length;
    }

    /** The index of the shared line equal to {@code in[start, end)}, looking from {@code expected} on; or -1. */
    private int match(byte[] in, int start, int end, int expected) {
        for (int i = expected; i < Math.min(lines.length, expected + LOOK_AHEAD); i++) {
            if (lines[i].length == end - start && Arrays.equals(in, start, end, lines[i], 0, lines[i].length)) {
                return i;
            }
        }
        return -1;
    }
}
