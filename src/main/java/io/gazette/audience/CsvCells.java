package io.gazette.audience;

/** Cells of the CSV files Gazette hands out (subscriber exports, import reports), safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Neutralises spreadsheet formulas: names come from public forms and rejected lines from uploaded files, and a cell
     * starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR would run as a formula when an admin opens
     * the file (OWASP CSV injection). Null becomes an empty cell.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
