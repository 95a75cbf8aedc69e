package io.gazette.delivery.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores a {@link SendSnapshot} as JSON in {@code send_job.snapshot} and reads it back. */
@ApplicationScoped
public class SnapshotCodec {

    /** The column's size; an issue larger than this cannot be snapshot and is refused before anything is queued. */
    static final int MAX_LENGTH = 1_000_000;

    private final ObjectMapper json;

    private final ObjectReader reader;

    public SnapshotCodec(ObjectMapper json) {
        this.json = json;
        // A snapshot stored by an earlier version may carry fields this one dropped; it must still be sent.
        this.reader = json.readerFor(SendSnapshot.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(SendSnapshot snapshot) {
        try {
            String text = json.writeValueAsString(snapshot);
            if (text.length() > MAX_LENGTH) {
                throw new ProblemException(422, "issue-too-large", "Issue too large to send",
                        "The issue and its theme take " + text.length() + " characters; at most " + MAX_LENGTH + " can be sent");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the send snapshot", e);
        }
    }

    public SendSnapshot read(String text) {
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable send snapshot: " + e.getOriginalMessage(), e);
        }
    }
}
