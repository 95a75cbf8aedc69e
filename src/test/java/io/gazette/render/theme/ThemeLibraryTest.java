package io.gazette.render.theme;

import io.gazette.render.LinksModel;
import io.gazette.render.MessageModel;
import io.gazette.render.ReaderModel;
import io.gazette.render.RenderKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken themes are reported with file, line and reason; a send keeps the last good version of a theme. */
class ThemeLibraryTest {

    private static final LinksModel LINKS = new LinksModel("https://u.example", "https://p.example", "https://w.example");

    private final RenderKit kit = new RenderKit();
    private final ThemeLibrary testThemes = library(Path.of("src/test/resources/themes"));

    @Test
    void syntaxErrorNamesFileAndLine() {
        ThemeException e = assertThrows(ThemeException.class, () -> testThemes.check("broken-syntax"));
        assertEquals(422, e.status());
        assertEquals("broken-syntax/email.html", e.file());
        assertTrue(e.line() >= 3, "line of the unclosed section: " + e.line());
        assertTrue(e.getMessage().startsWith("broken-syntax/email.html:" + e.line() + ": "), e.getMessage());
        assertEquals("theme", e.errors().get(0).field());
    }

    @Test
    void unknownPropertyIsFoundByTheTrialRender() {
        ThemeException e = assertThrows(ThemeException.class, () -> testThemes.check("broken-property"));
        assertEquals("broken-property/email.html", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("titel"), e.getMessage());
    }

    @Test
    void errorInAPartialNamesThePartial() {
        ThemeException e = assertThrows(ThemeException.class, () -> testThemes.check("broken-partial"));
        assertEquals("broken-partial/_masthead.html", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void missingTextTemplateAndMissingThemeAreReported() {
        ThemeException noText = assertThrows(ThemeException.class, () -> testThemes.check("no-text"));
        assertEquals("no-text/email.txt: is missing", noText.getMessage());
        ThemeException missing = assertThrows(ThemeException.class, () -> testThemes.check("nonexistent"));
        assertEquals(400, missing.status());
        assertThrows(ThemeException.class, () -> testThemes.check("../templates"), "names cannot leave the directory");
    }

    @Test
    void sendsKeepTheLastGoodVersionWhileChecksReportTheBreakage(@TempDir Path dir) throws IOException {
        copyDefaultTheme(dir.resolve("default"));
        ThemeLibrary themes = library(dir);
        Theme good = themes.check("default");
        assertSame(good, themes.get("default"), "compiled once, reused while unchanged");

        Path masthead = dir.resolve("default/_masthead.html");
        Files.writeString(masthead, "<tr><td>{newsletter.nme}</td></tr>\n");
        touch(masthead);
        ThemeException e = assertThrows(ThemeException.class, () -> themes.check("default"));
        assertEquals("default/_masthead.html", e.file());
        assertEquals(1, e.line());
        assertSame(good, themes.get("default"), "a send goes on with the last good version");

        Files.writeString(masthead, "<tr><td>{newsletter.name} (rebranded)</td></tr>\n");
        touch(masthead);
        Theme rebranded = themes.get("default");
        assertNotSame(good, rebranded);
        assertTrue(rebranded.html().render(sampleModel()).contains("(rebranded)"), "edits apply without a rebuild");
    }

    private MessageModel sampleModel() {
        return new MessageModel(kit.renderer.newsletterModel(RenderKit.newsletter()),
                kit.renderer.webModel(RenderKit.issue(1)), ReaderModel.of(RenderKit.reader()), LINKS);
    }

    private ThemeLibrary library(Path dir) {
        return new ThemeLibrary(dir, theme -> kit.renderer.render(RenderKit.issue(2), theme).personalise(RenderKit.reader(), LINKS));
    }

    /** Moves the modification time on, as an editor saving the file a moment later would. */
    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    }

    private static void copyDefaultTheme(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("templates/default"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
