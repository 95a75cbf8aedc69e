package io.gazette.render.theme;

import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a theme's templates in its folder. A {@code .html} file is HTML (so expressions in it are escaped), any
 * other file plain text. Template ids are paths relative to the theme folder and cannot leave it.
 */
final class ThemeFiles implements TemplateLocator {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final Path folder;

    ThemeFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        Path file = folder.resolve(id).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Variant variant = id.endsWith(".html") ? HTML : TEXT;
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(variant);
            }
        });
    }
}
