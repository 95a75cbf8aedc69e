package io.gazette.render;

import io.gazette.newsletter.ThemeCheck;
import io.gazette.render.theme.ThemeLibrary;
import jakarta.enterprise.context.ApplicationScoped;

/** Refuses a newsletter whose theme is missing or does not compile and render the sample issue. */
@ApplicationScoped
public class ThemeValidation implements ThemeCheck {

    private final ThemeLibrary themes;

    ThemeValidation(ThemeLibrary themes) {
        this.themes = themes;
    }

    @Override
    public void requireUsable(String theme) {
        themes.check(theme);
    }
}
