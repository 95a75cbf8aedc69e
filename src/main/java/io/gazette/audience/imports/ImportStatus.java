package io.gazette.audience.imports;

/** Where an import job stands. */
public enum ImportStatus {
    QUEUED, RUNNING, FINISHED, FAILED, CANCELLED;

    public boolean isDone() {
        return this == FINISHED || this == FAILED || this == CANCELLED;
    }
}
