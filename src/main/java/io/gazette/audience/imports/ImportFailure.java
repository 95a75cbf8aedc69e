package io.gazette.audience.imports;

/** The whole import stops: unreadable header, malformed CSV past which parsing cannot resume, database failure. */
public class ImportFailure extends RuntimeException {

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
