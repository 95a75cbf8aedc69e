package io.gazette.audience.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks the next chunks on a thread of its own while the caller writes the current one, so parsing and
 * the database work at the same time. At most {@link #AHEAD} chunks wait, so memory stays bounded.
 */
final class ChunkPipeline implements AutoCloseable {

    static final int AHEAD = 2;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final CsvLines lines;
    private final int chunkSize;
    private final Thread reader;

    ChunkPipeline(CsvLines lines, int chunkSize, String name) {
        this.lines = lines;
        this.chunkSize = chunkSize;
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

    /** Stops reading, e.g. when the job was cancelled with chunks still unread. */
    @Override
    public void close() {
        reader.interrupt();
    }

    private void read() {
        ImportChunk chunk = new ImportChunk(true);
        try {
            try {
                while (lines.hasNext()) {
                    chunk.add(lines.next());
                    if (chunk.size() >= chunkSize) {
                        queue.put(chunk);
                        chunk = new ImportChunk(false);
                    }
                }
            } catch (RuntimeException e) {
                putRest(chunk);
                queue.put(e instanceof ImportFailure failure ? failure : new ImportFailure("reading failed: " + e.getMessage(), e));
                return;
            }
            putRest(chunk);
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void putRest(ImportChunk chunk) throws InterruptedException {
        if (!chunk.isEmpty()) {
            queue.put(chunk);
        }
    }
}
