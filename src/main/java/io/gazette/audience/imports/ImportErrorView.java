package io.gazette.audience.imports;

/** A line that was not imported: its number in the file (the header is line 1), outcome and reason. */
public record ImportErrorView(long line, LineReason.Outcome outcome, LineReason reason, String detail) {
}
