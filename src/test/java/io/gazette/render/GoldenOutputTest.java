package io.gazette.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the default theme's HTML and text for a fixed issue, reader, clock and key. A deliberate change to the theme
 * or renderer is recorded by running once with {@code -Dgolden.update=true} and reviewing the diff of the files.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private final RenderKit kit = new RenderKit();
    private final PersonalisedContent content = kit.composer.personalise(kit.render(RenderKit.issue(3)), RenderKit.reader());

    @Test
    void htmlMatchesGolden() throws IOException {
        assertGolden("default-issue.html", content.html());
    }

    @Test
    void textMatchesGolden() throws IOException {
        assertGolden("default-issue.txt", content.text());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                name + " differs from the golden file; if the change is intended, rerun with -Dgolden.update=true");
    }
}
