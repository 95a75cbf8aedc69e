package io.gazette.render.theme;

import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a theme folder into a {@link ThemeSource} and serves its templates to Qute. A {@code .html} file is HTML (so
 * expressions in it are escaped), any other file plain text. Template ids are paths relative to the theme folder;
 * only files that were in the folder can be found, so no id can leave it.
 */
final class ThemeFiles implements TemplateLocator {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final Map<String, String> files;

    ThemeFiles(ThemeSource source) {
        this.files = source.files();
    }

    static ThemeSource read(String name, Path folder) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw ThemeException.broken(name, 0, "cannot be read: " + e.getMessage());
        }
        return new ThemeSource(name, files);
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        String content = files.get(id);
        if (content == null) {
            return Optional.empty();
        }
        Variant variant = id.endsWith(".html") ? HTML : TEXT;
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader(content);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(variant);
            }
        });
    }
}
