package io.gazette.render.mime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The quoted-printable encodings of the lines that every recipient's copy of an issue shares, made once per send.
 * Quoted-printable starts afresh on every line, so a shared line's encoding can be reused as it is; lines with
 * personal values miss the cache and are encoded as usual, so the result never depends on what was cached.
 * Read-only after construction, hence safe for any number of threads.
 */
public final class SharedLines {

    static final SharedLines NONE = new SharedLines(Map.of());
    private static final byte[] CRLF = {'\r', '\n'};

    private final Map<String, byte[]> encoded;

    private SharedLines(Map<String, byte[]> encoded) {
        this.encoded = encoded;
    }

    /** The lines two differently personalised copies have in common, encoded. */
    public static SharedLines between(String first, String second) {
        Map<String, Boolean> inFirst = new HashMap<>();
        for (String line : first.split("\n", -1)) {
            inFirst.put(line, Boolean.TRUE);
        }
        Map<String, byte[]> shared = new HashMap<>();
        for (String line : second.split("\n", -1)) {
            if (inFirst.containsKey(line) && line.length() > 8) {
                shared.put(line, QuotedPrintable.encodeLine(line));
            }
        }
        return new SharedLines(Map.copyOf(shared));
    }

    public byte[] encode(String text) {
        byte[] out = new byte[text.length() + (text.length() >> 3) + 64];
        int o = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            byte[] line8 = encoded.get(line);
            if (line8 == null) {
                line8 = QuotedPrintable.encodeLine(line);
            }
            if (out.length - o < line8.length + 2) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, o + line8.length + 2));
            }
            System.arraycopy(line8, 0, out, o, line8.length);
            o += line8.length;
            if (end < text.length()) {
                System.arraycopy(CRLF, 0, out, o, 2);
                o += 2;
            }
            start = end + 1;
        }
        return Arrays.copyOf(out, o);
    }
}
