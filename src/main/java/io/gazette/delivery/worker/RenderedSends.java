package io.gazette.delivery.worker;

import io.gazette.delivery.send.SendControl;
import io.gazette.delivery.send.SendSnapshot;
import io.gazette.delivery.send.SnapshotCodec;
import io.gazette.render.IssueRenderer;
import io.gazette.render.RenderedIssue;
import io.gazette.render.theme.ThemeLibrary;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each send rendered once per instance, from its snapshot: the theme is compiled from the snapshot's files, so every
 * instance mails the same message whatever its own themes folder holds now.
 */
@ApplicationScoped
public class RenderedSends {

    private final Map<Long, RenderedIssue> rendered = new ConcurrentHashMap<>();
    private final SendControl sends;
    private final SnapshotCodec codec;
    private final ThemeLibrary themes;
    private final IssueRenderer renderer;

    public RenderedSends(SendControl sends, SnapshotCodec codec, ThemeLibrary themes, IssueRenderer renderer) {
        this.sends = sends;
        this.codec = codec;
        this.themes = themes;
        this.renderer = renderer;
    }

    /** The send rendered; throws {@link UnrenderableSend} when its snapshot cannot be, however often it is tried. */
    public RenderedIssue get(long sendId) {
        return rendered.computeIfAbsent(sendId, this::render);
    }

    /** Forgets the sends that are no longer running. */
    public void retainOnly(Collection<Long> running) {
        rendered.keySet().retainAll(running);
    }

    private RenderedIssue render(long sendId) {
        String stored = sends.get(sendId).snapshot;
        try {
            SendSnapshot snapshot = codec.read(stored);
            return renderer.render(snapshot.content(), themes.compile(snapshot.theme()));
        } catch (RuntimeException e) {
            throw new UnrenderableSend(sendId, e);
        }
    }
}
