package io.gazette.audience.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header row: which column holds the address ({@code email}, required), the name ({@code name}, optional), the
 * attributes as one JSON object ({@code attributes}, optional, as the export writes them), and the names of the
 * attribute columns (all others). The export's other columns ({@link #EXPORT_COLUMNS}) are recognised and not
 * imported: what they say (status, consent) is for the import's options to decide, not for a file. Matching ignores
 * case and surrounding spaces.
 */
record CsvHeader(int size, int emailColumn, int nameColumn, int attributesColumn, List<String> names) {

    /** Columns of {@code SubscriberCsvExport} that describe the stored subscriber rather than attributes. */
    static final Set<String> EXPORT_COLUMNS = Set.of("status", "source", "created_at", "subscription_status",
            "consent_at", "consent_method");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static CsvHeader of(List<String> cells) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1).strip();
            }
            if (name.isEmpty()) {
                throw new ImportFailure("header: column " + (i + 1) + " has no name");
            }
            if (name.indexOf(CsvLines.NOT_UTF8) >= 0) {
                throw new ImportFailure("header: not valid UTF-8");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new ImportFailure("header: column name '" + name + "' appears twice");
            }
            names.add(name);
        }
        int email = indexOf(names, "email");
        if (email < 0) {
            throw new ImportFailure("header: no 'email' column (found: " + String.join(", ", names) + ")");
        }
        return new CsvHeader(names.size(), email, indexOf(names, "name"), indexOf(names, "attributes"),
                List.copyOf(names));
    }

    boolean isAttribute(int column) {
        return column != emailColumn && column != nameColumn && column != attributesColumn
                && !EXPORT_COLUMNS.contains(names.get(column).toLowerCase(Locale.ROOT));
    }

    private static int indexOf(List<String> names, String wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
