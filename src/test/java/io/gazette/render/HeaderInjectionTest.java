package io.gazette.render;

import io.gazette.render.model.IssueContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line break in any value bound for a header is refused while the message is built, whichever road the value
 * took, so it can never add a header (Bcc) or start the body early.
 */
class HeaderInjectionTest {

    private static final String INJECTED = "Weekly\r\nBcc: victim@example.org";

    private final RenderKit kit = new RenderKit();

    @Test
    void subjectWithLineBreakIsRefused() {
        IssueContent issue = RenderKit.issue(1);
        assertRefused("subject", () -> kit.render(new IssueContent(issue.newsletter(), 1, 1, "Title", INJECTED,
                null, null, null, null, null, RenderKit.NOW, issue.items())));
    }

    @Test
    void titleStandingInForSubjectIsChecked() {
        IssueContent issue = RenderKit.issue(1);
        assertRefused("subject", () -> kit.render(new IssueContent(issue.newsletter(), 1, 1, "Title\nX-Evil: 1", null,
                null, null, null, null, null, RenderKit.NOW, issue.items())));
    }

    @Test
    void newsletterNamesAndAddressesWithLineBreaksAreRefused() {
        assertRefused("name", () -> kit.render(withNewsletter(INJECTED, "Sender", "news@example.org", null)));
        assertRefused("senderName", () -> kit.render(withNewsletter("Name", "Sender\nBcc: x@example.org", "news@example.org", null)));
        assertRefused("senderAddress", () -> kit.render(withNewsletter("Name", "Sender", "news@example.org\r\nBcc: x@example.org", null)));
        assertRefused("replyTo", () -> kit.render(withNewsletter("Name", "Sender", "news@example.org", "a@example.org\nBcc: b@example.org")));
    }

    @Test
    void subscriberNameAndEmailWithLineBreaksAreRefused() {
        RenderedIssue issue = kit.render(RenderKit.issue(1));
        assertRefused("recipient.name", () -> kit.composer.compose(issue, new Recipient(1, 1, "a@example.org", INJECTED, Map.of())));
        assertRefused("recipient.email", () -> kit.composer.compose(issue,
                new Recipient(1, 1, "a@example.org\r\nBcc: victim@example.org", "Ann", Map.of())));
        assertRefused("recipient.email", () -> kit.composer.compose(issue,
                new Recipient(1, 1, "a@example.org, victim@example.org", "Ann", Map.of())));
        assertRefused("recipient.email", () -> kit.composer.compose(issue,
                new Recipient(1, 1, "Ann <a@example.org>", null, Map.of())));
    }

    @Test
    void aCleanMessageStillComposes() {
        byte[] eml = kit.composer.compose(kit.render(RenderKit.issue(1)), RenderKit.reader()).bytes();
        assertTrue(eml.length > 1000);
    }

    private static IssueContent withNewsletter(String name, String senderName, String senderAddress, String replyTo) {
        IssueContent issue = RenderKit.issue(1);
        NewsletterContent n = issue.newsletter();
        return new IssueContent(new NewsletterContent(n.slug(), name, n.tagline(), senderName, senderAddress, replyTo,
                n.postalAddress(), n.zone(), n.theme()), 1, 1, "Title", null, null, null, null, null, null,
                RenderKit.NOW, issue.items());
    }

    private static void assertRefused(String field, Executable build) {
        ProblemException problem = assertThrows(ProblemException.class, build);
        assertEquals(400, problem.status());
        assertEquals(field, problem.errors().get(0).field());
    }
}
