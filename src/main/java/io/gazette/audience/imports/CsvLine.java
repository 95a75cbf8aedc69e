package io.gazette.audience.imports;

/** One record of an import file, numbered by the physical line it starts on (the header is line 1). */
sealed interface CsvLine {

    long number();

    /** A good row: a normalised address, an optional name, and attributes as JSON text or null. */
    record Row(long number, String email, String name, String attributes) implements CsvLine {
    }

    /** A line that is not imported, and why; {@code text} is the line itself where it failed a check, else null. */
    record Rejected(long number, LineReason reason, String detail, String text) implements CsvLine {
    }
}
