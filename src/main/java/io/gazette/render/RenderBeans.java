package io.gazette.render;

import io.gazette.render.markdown.MarkdownRenderer;
import io.gazette.render.theme.ThemeLibrary;
import io.gazette.shared.web.PublicUrlConfig;
import io.gazette.shared.web.SubscriberLinks;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Wires the renderer's plain classes into the application. They take everything through their constructors, so
 * the benchmark and the golden tests build the very same objects without a container.
 */
public class RenderBeans {

    @Produces
    @Singleton
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Produces
    @Singleton
    IssueRenderer issueRenderer(MarkdownRenderer markdown, PublicUrlConfig publicUrl) {
        return new IssueRenderer(markdown, publicUrl.url());
    }

    @Produces
    @Singleton
    ThemeLibrary themeLibrary(RenderConfig config, IssueRenderer renderer) {
        return new ThemeLibrary(Path.of(config.themesDir()), theme -> SampleIssue.trial(renderer, theme));
    }

    @Produces
    @Singleton
    MessageComposer messageComposer(Clock clock, SubscriberLinks links, RenderConfig config) {
        return new MessageComposer(clock, links, config.unsubscribeMailbox());
    }
}
