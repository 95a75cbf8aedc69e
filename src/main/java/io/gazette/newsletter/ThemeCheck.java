package io.gazette.newsletter;

/**
 * Confirms that an email theme exists and renders before a newsletter is saved with it, so a broken theme is
 * reported to the admin who chose it rather than found at send time. The email renderer provides it.
 */
public interface ThemeCheck {

    /** Throws a {@link io.gazette.shared.problem.ProblemException} naming the theme's file and line when it is unusable. */
    void requireUsable(String theme);
}
