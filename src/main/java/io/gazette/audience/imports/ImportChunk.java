package io.gazette.audience.imports;

import java.util.ArrayList;
import java.util.List;

/** Consecutive lines of a file, written to the database in one transaction. */
final class ImportChunk {

    private final boolean first;
    private final List<CsvLine.Row> rows = new ArrayList<>();
    private final List<CsvLine.Rejected> rejected = new ArrayList<>();
    private long firstLine = Long.MAX_VALUE;
    private long lastLine;
    private long bytesRead;

    ImportChunk(boolean first) {
        this.first = first;
    }

    /** The first chunk of its job. */
    boolean isFirst() {
        return first;
    }

    void add(CsvLine line) {
        firstLine = Math.min(firstLine, line.number());
        lastLine = Math.max(lastLine, line.number());
        if (line instanceof CsvLine.Row row) {
            rows.add(row);
        } else {
            rejected.add((CsvLine.Rejected) line);
        }
    }

    int size() {
        return rows.size() + rejected.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    List<CsvLine.Row> rows() {
        return rows;
    }

    List<CsvLine.Rejected> rejected() {
        return rejected;
    }

    long firstLine() {
        return firstLine;
    }

    long lastLine() {
        return lastLine;
    }

    /** How far into the file the reader was when this chunk was complete; see {@link CsvLines#bytesRead()}. */
    long bytesRead() {
        return bytesRead;
    }

    void readUpTo(long bytes) {
        bytesRead = bytes;
    }

    long count(LineReason.Outcome outcome) {
        return rejected.stream().filter(r -> r.reason().outcome() == outcome).count();
    }
}
