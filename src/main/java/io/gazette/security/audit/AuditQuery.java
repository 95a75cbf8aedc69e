package io.gazette.security.audit;

import io.gazette.shared.validation.IsoDate;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Which audit entries to list, as {@code GET /api/audit} and the audit page both take it; a blank value means "any".
 *
 * @param action one action ({@code login.failed}) or, ending in a dot, a family ({@code login.})
 * @param actor  part of the actor's name, ignoring case ({@code ann@} finds {@code ann@example.org})
 * @param from   first day, inclusive, in the display zone ({@code DisplayTimeConfig})
 * @param to     last day, inclusive, in the same zone
 */
public record AuditQuery(
        // Letters, digits, dots and hyphens only, so a family prefix can go into LIKE without escaping.
        @Pattern(regexp = "[a-z0-9.-]+", message = "must look like login.failed, or login. for the family") String action,
        @SingleLine @Size(max = 320) String actor,
        @IsoDate String from,
        @IsoDate String to) {

    public AuditQuery {
        action = blankToNull(action);
        actor = blankToNull(actor);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** Entries of one action or family, whoever did them, whenever. */
    public static AuditQuery action(String action) {
        return new AuditQuery(action, null, null, null);
    }

    boolean actionIsFamily() {
        return action != null && action.endsWith(".");
    }

    LocalDate fromDay() {
        return from == null ? null : LocalDate.parse(from);
    }

    LocalDate toDay() {
        return to == null ? null : LocalDate.parse(to);
    }

    // Query parameters and form fields arrive as typed: an empty field is no filter, not a filter for "". This is
    // shared/web's FormValues.orNull, which audit cannot call: shared/web depends on security, which depends on audit.
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
