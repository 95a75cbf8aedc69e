package io.gazette.render;

import io.gazette.issue.IssueService;
import io.gazette.render.model.IssueContent;
import io.gazette.render.theme.Theme;
import io.gazette.render.theme.ThemeLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Renders stored issues: for a send (once, with the theme's last good version) and for a preview (with the theme as
 * it is on disk now, so an editor sees a broken theme reported with its file and line).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RenderService {

    private final IssueService issues;
    private final ThemeLibrary themes;
    private final IssueRenderer renderer;
    private final MessageComposer composer;
    private final RenderConfig config;
    private final Clock clock;

    RenderService(IssueService issues, ThemeLibrary themes, IssueRenderer renderer, MessageComposer composer,
                  RenderConfig config, Clock clock) {
        this.issues = issues;
        this.themes = themes;
        this.renderer = renderer;
        this.composer = composer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The issue rendered once for a send, with the theme's last good version; personalise it per recipient with
     * {@link MessageComposer#compose}.
     */
    public SendRendering renderForSend(long issueId) {
        IssueContent content = content(issueId);
        Theme theme = themes.get(content.newsletter().theme());
        return new SendRendering(content, theme, renderer.render(content, theme));
    }

    /**
     * The issue as it is now, for a test send: with the theme as it is on disk (a broken theme is reported, as in a
     * preview) and the subject marked {@code [Test]}.
     */
    public RenderedIssue renderForTest(long issueId) {
        IssueContent content = content(issueId);
        return renderer.render(content.withSubject("[Test] " + content.effectiveSubject()), themes.check(content.newsletter().theme()));
    }

    /** The issue as the sample subscriber would receive it, in the asked format. */
    public byte[] preview(long issueId, PreviewFormat format) {
        IssueContent content = content(issueId);
        RenderedIssue rendered = renderer.render(content, themes.check(content.newsletter().theme()));
        Recipient sample = new Recipient(0, 0, config.sampleEmail(), config.sampleName(), Map.of());
        return switch (format) {
            case HTML -> composer.personalise(rendered, sample).html().getBytes(StandardCharsets.UTF_8);
            case TEXT -> composer.personalise(rendered, sample).text().getBytes(StandardCharsets.UTF_8);
            case EML -> composer.compose(rendered, sample).bytes();
        };
    }

    private IssueContent content(long issueId) {
        return IssueContents.of(issues.get(issueId), clock.instant());
    }
}
