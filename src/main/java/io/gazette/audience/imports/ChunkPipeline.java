package io.gazette.audience.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads, checks and stages the next chunks on a thread of its own while the caller applies the current one, so
 * parsing, staging and applying run at the same time (on PostgreSQL in two backends). At most {@link #AHEAD}
 * chunks wait, so memory stays bounded.
 */
final class ChunkPipeline implements AutoCloseable {

    static final int AHEAD = 2;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final CsvLines lines;
    private final int chunkSize;
    private final Consumer<ImportChunk> prepare;
    private final Thread reader;
    private ImportFailure unreadable;

    /** {@code prepare} runs on the reading thread for each chunk before it is handed over (here: staging). */
    ChunkPipeline(CsvLines lines, int chunkSize, Consumer<ImportChunk> prepare, String name) {
        this.lines = lines;
        this.chunkSize = chunkSize;
        this.prepare = prepare;
        this.reader = new Thread(this::read, name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * The next chunk, or null after the last one. When the file turned out unreadable, the good lines before the
     * damage come first as a chunk, then the failure is thrown.
     */
    ImportChunk next() throws InterruptedException {
        Object next = queue.take();
        if (next == END) {
            return null;
        }
        if (next instanceof ImportFailure failure) {
            throw failure;
        }
        return (ImportChunk) next;
    }

    /**
     * Stops reading, e.g. when the job was cancelled with chunks still unread, and waits for the reading thread to
     * end, so a chunk it was staging has committed before the job's staged rows are cleared.
     */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try {
            queue.put(readAll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands over every chunk and returns what ends the stream: END, or the failure that stopped reading. */
    private Object readAll() throws InterruptedException {
        try {
            ImportChunk chunk = new ImportChunk(true);
            while (addLine(chunk)) {
                if (chunk.size() >= chunkSize) {
                    handOver(chunk);
                    chunk = new ImportChunk(false);
                }
            }
            handOver(chunk);
            return unreadable != null ? unreadable : END;
        } catch (RuntimeException e) {
            return e instanceof ImportFailure failure ? failure : new ImportFailure("reading failed: " + e.getMessage(), e);
        }
    }

    /** Adds the next line to the chunk; false at the end of the file, or where it became unreadable. */
    private boolean addLine(ImportChunk chunk) {
        try {
            if (!lines.hasNext()) {
                return false;
            }
            chunk.add(lines.next());
            return true;
        } catch (ImportFailure e) {
            unreadable = e;
            return false;
        }
    }

    private void handOver(ImportChunk chunk) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("the import stopped; nothing more to stage");
        }
        if (!chunk.isEmpty()) {
            chunk.readUpTo(lines.bytesRead());
            prepare.accept(chunk);
            queue.put(chunk);
        }
    }
}
