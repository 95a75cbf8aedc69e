package io.gazette.render.theme;

import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;

import java.util.List;

/**
 * A theme that cannot be used: missing, or a template that does not parse or render. Names the theme's file and
 * line so whoever edits the theme can fix it; reported when a newsletter is saved or previewed.
 */
public class ThemeException extends ProblemException {

    private final String file;
    private final int line;

    private ThemeException(int status, String kind, String title, String detail, String file, int line) {
        super(status, kind, title, detail, List.of(new FieldError("theme", detail)));
        this.file = file;
        this.line = line;
    }

    public static ThemeException missing(String theme) {
        return new ThemeException(400, "validation", "Invalid request",
                "no theme named '" + theme + "' in the themes directory", null, 0);
    }

    /** {@code file} is relative to the themes directory, e.g. {@code default/email.html}; {@code line} 0 when unknown. */
    public static ThemeException broken(String file, int line, String reason) {
        String where = line > 0 ? file + ":" + line : file;
        return new ThemeException(422, "theme-broken", "Theme is broken", where + ": " + reason, file, line);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
