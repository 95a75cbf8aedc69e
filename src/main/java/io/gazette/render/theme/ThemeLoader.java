package io.gazette.render.theme;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Compiles one theme folder with its own Qute engine: HTML templates escape every expression, text templates
 * escape nothing, and every template file is parsed up front so an error in a partial is found at load, not at send.
 */
final class ThemeLoader {

    static final String HTML_TEMPLATE = "email.html";
    static final String TEXT_TEMPLATE = "email.txt";
    static final String PROPERTIES = "theme.properties";
    private static final Pattern QUTE_PREFIX = Pattern.compile("^(Parser|Rendering) error in template \\[[^\\]]*\\]:\\s*");

    private ThemeLoader() {
    }

    static Theme load(String name, Path folder) {
        return compile(ThemeFiles.read(name, folder));
    }

    static Theme compile(ThemeSource source) {
        String name = source.name();
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(Attributes.RESOLVER)
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(new ThemeFiles(source))
                .strictRendering(true)
                .build();
        for (String id : source.files().keySet()) {
            if (id.endsWith(".html") || id.endsWith(".txt")) {
                compile(engine, name, id);
            }
        }
        return new Theme(name, compile(engine, name, HTML_TEMPLATE), compile(engine, name, TEXT_TEMPLATE),
                styles(name, source.files().get(PROPERTIES)), source);
    }

    /** Converts a Qute failure into one that names the theme file and line. */
    static ThemeException problem(String theme, TemplateException e) {
        String file = e.getOrigin() == null ? theme : theme + "/" + e.getOrigin().getTemplateId();
        int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
        return ThemeException.broken(file, line, QUTE_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst(""));
    }

    private static Template compile(Engine engine, String theme, String id) {
        try {
            Template template = engine.getTemplate(id);
            if (template == null) {
                throw ThemeException.broken(theme + "/" + id, 0, "is missing");
            }
            return template;
        } catch (TemplateException e) {
            throw problem(theme, e);
        }
    }

    private static ContentStyles styles(String theme, String properties) {
        if (properties == null) {
            return new ContentStyles(Map.of());
        }
        Properties values = new Properties();
        try {
            values.load(new StringReader(properties));
        } catch (IOException | IllegalArgumentException e) {
            throw ThemeException.broken(theme + "/" + PROPERTIES, 0, "cannot be read: " + e.getMessage());
        }
        Map<String, String> byTag = new HashMap<>();
        values.stringPropertyNames().stream().filter(key -> key.startsWith("style."))
                .forEach(key -> byTag.put(key.substring("style.".length()), values.getProperty(key).strip()));
        return new ContentStyles(byTag);
    }
}
