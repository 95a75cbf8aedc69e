package io.gazette.audience.imports;

/** Why a line of an import was not imported. FAILED lines are broken; SKIPPED lines are fine but left out on purpose. */
public enum LineReason {
    BLANK_LINE(Outcome.SKIPPED),
    INVALID_UTF8(Outcome.FAILED),
    WRONG_COLUMN_COUNT(Outcome.FAILED),
    INVALID_EMAIL(Outcome.FAILED),
    INVALID_NAME(Outcome.FAILED),
    ATTRIBUTES_TOO_LONG(Outcome.FAILED),
    INVALID_ATTRIBUTES(Outcome.FAILED),
    DUPLICATE(Outcome.SKIPPED),
    SUPPRESSED(Outcome.SKIPPED),
    BLOCKLISTED(Outcome.SKIPPED);

    public enum Outcome { SKIPPED, FAILED }

    private final Outcome outcome;

    LineReason(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
