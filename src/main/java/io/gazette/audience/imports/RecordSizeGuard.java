package io.gazette.audience.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file with an unbalanced quote from being read into memory as one endless field: the parser may read at
 * most {@link #MAX_CHARS} characters between two records.
 */
final class RecordSizeGuard extends FilterReader {

    static final int MAX_CHARS = 1 << 20;

    private long sinceReset;

    RecordSizeGuard(Reader in) {
        super(in);
    }

    void recordDone() {
        sinceReset = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int chars) throws IOException {
        sinceReset += chars;
        if (sinceReset > MAX_CHARS) {
            throw new IOException("a single record is longer than " + MAX_CHARS + " characters; is a quote left open?");
        }
    }
}
