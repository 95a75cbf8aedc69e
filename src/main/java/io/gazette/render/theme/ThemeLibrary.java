package io.gazette.render.theme;

import io.quarkus.qute.TemplateException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The themes in the themes directory, read at run time and compiled once; a theme whose files change is compiled
 * again on its next use. A theme counts as good when all its templates parse and a trial render of a sample issue
 * succeeds. {@link #check} reports a broken theme (saving a newsletter, previewing); {@link #get}, used when
 * sending, keeps the last good version of a theme that an edit broke, so a half-finished edit never stops a send.
 */
public final class ThemeLibrary {

    private static final Logger LOG = Logger.getLogger(ThemeLibrary.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private record Loaded(String fingerprint, Theme theme) {
    }

    private final Path directory;
    private final Consumer<Theme> trial;
    private final Map<String, Loaded> good = new ConcurrentHashMap<>();

    /** {@code trial} renders a sample with a freshly compiled theme and throws {@link ThemeException} if that fails. */
    public ThemeLibrary(Path directory, Consumer<Theme> trial) {
        this.directory = directory;
        this.trial = trial;
    }

    public Path directory() {
        return directory;
    }

    public boolean exists(String name) {
        return name != null && NAME.matcher(name).matches() && Files.isDirectory(directory.resolve(name));
    }

    /** The theme as it is on disk now; throws {@link ThemeException} naming the file and line if it is broken. */
    public Theme check(String name) {
        if (!exists(name)) {
            throw ThemeException.missing(name);
        }
        String fingerprint = fingerprint(name);
        Loaded known = good.get(name);
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known.theme();
        }
        Theme theme = compile(ThemeFiles.read(name, directory.resolve(name)));
        good.put(name, new Loaded(fingerprint, theme));
        return theme;
    }

    /**
     * Compiles a theme from its files, such as a send's snapshot of {@link Theme#source()}, and renders the sample
     * with it; throws {@link ThemeException} naming the file and line if that fails.
     */
    public Theme compile(ThemeSource source) {
        Theme theme = ThemeLoader.compile(source);
        try {
            trial.accept(theme);
        } catch (TemplateException e) {
            throw ThemeLoader.problem(source.name(), e);
        }
        return theme;
    }

    /** The theme for a send: as on disk if it is good, else the last good version, else a {@link ThemeException}. */
    public Theme get(String name) {
        try {
            return check(name);
        } catch (ThemeException e) {
            Loaded known = good.get(name);
            if (known == null) {
                throw e;
            }
            LOG.warnf("Theme '%s' is broken on disk (%s); sending with its last good version", name, e.getMessage());
            return known.theme();
        }
    }

    /** Paths, sizes and modification times of the theme's files: changes when any file is edited, added or removed. */
    private String fingerprint(String name) {
        Path folder = directory.resolve(name);
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            StringBuilder print = new StringBuilder();
            for (Path file : sorted) {
                print.append(folder.relativize(file)).append(':').append(Files.size(file)).append(':')
                        .append(Files.getLastModifiedTime(file).toMillis()).append(';');
            }
            return print.toString();
        } catch (IOException e) {
            throw ThemeException.broken(name, 0, "cannot be read: " + e.getMessage());
        }
    }
}
