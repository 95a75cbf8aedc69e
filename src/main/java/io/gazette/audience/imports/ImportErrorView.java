package io.gazette.audience.imports;

/**
 * A line that was not imported: its number in the file (the header is line 1), outcome and reason, and for a line
 * that failed its checks its {@code text}, until the job's rejected lines are forgotten (then, and for skipped
 * lines, null).
 */
public record ImportErrorView(long line, LineReason.Outcome outcome, LineReason reason, String detail, String text) {
}
