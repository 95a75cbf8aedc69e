package io.gazette.audience.imports;

import io.gazette.audience.SubscriptionStatus;
import io.gazette.shared.problem.ProblemException;

import java.util.Set;

/**
 * How to import a file: {@code mode}, the {@code lists} to subscribe to and as what {@code status} (SUBSCRIBE only),
 * whether to {@code overwrite} the names and attributes of existing subscribers, and the field {@code delimiter}.
 */
public record ImportOptions(ImportMode mode, Set<Long> lists, SubscriptionStatus status, boolean overwrite,
                            char delimiter) {

    /** The field delimiter as clients name it: {@code , ; |} or a tab ({@code \t} or {@code tab}). */
    public static char delimiter(String value) {
        return switch (value) {
            case ",", ";", "|" -> value.charAt(0);
            case "\t", "tab", "TAB" -> '\t';
            default -> throw ProblemException.invalid("delimiter", "must be one of , ; | or tab");
        };
    }
}
