package io.gazette.audience;

/** Cells of the CSV files Gazette hands out (subscriber exports, import reports), safe to open in a spreadsheet. */
public final class CsvCells {

    private static final char GUARD = '\'';

    private CsvCells() {
    }

    /**
     * Neutralises spreadsheet formulas: names come from public forms and rejected lines from uploaded files, and a cell
     * starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR would run as a formula when an admin opens
     * the file (OWASP CSV injection). A value that itself starts with the guard {@code '} gets one too, so that
     * {@link #unguard} can tell the two apart and an export reads back exactly. Null becomes an empty cell.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return isFormulaStart(value.charAt(0)) || value.charAt(0) == GUARD ? GUARD + value : value;
    }

    /**
     * The value before {@link #safe}: a leading {@code '} is removed where {@code safe} would have added it (before a
     * formula character or another {@code '}), so an exported file imports as the data it came from. Any other
     * leading {@code '} (a name such as {@code 'Tis Ltd}) is the value's own and stays.
     */
    public static String unguard(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != GUARD) {
            return cell;
        }
        char next = cell.charAt(1);
        return isFormulaStart(next) || next == GUARD ? cell.substring(1) : cell;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
