package io.gazette.delivery.send;

import io.gazette.audience.Attributes;
import io.gazette.audience.MailboxPolicy;
import io.gazette.audience.Subscriber;
import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.MailChannel;
import io.gazette.delivery.SendOutcome;
import io.gazette.render.MessageComposer;
import io.gazette.render.Recipient;
import io.gazette.render.RenderService;
import io.gazette.render.RenderedIssue;
import io.gazette.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mails an issue as it is now to a few addresses, subject marked {@code [Test]}: for the editor's own inbox. Any
 * status will do, nothing is queued and nothing counts as a delivery. An address that belongs to a subscriber gets
 * their name and attributes, so the editor sees the personalisation too.
 */
@ApplicationScoped
public class TestSender {

    private final RenderService renderer;
    private final MessageComposer composer;
    private final MailChannel channel;
    private final AuditLog audit;
    private final MailboxPolicy mailboxes;

    public TestSender(RenderService renderer, MessageComposer composer, MailChannel channel, AuditLog audit,
                      MailboxPolicy mailboxes) {
        this.mailboxes = mailboxes;
        this.renderer = renderer;
        this.composer = composer;
        this.channel = channel;
        this.audit = audit;
    }

    @Transactional
    public List<TestSendResult> send(long issueId, TestSendRequest request, String actor) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < request.addresses().size(); i++) {
            addresses.add(mailboxes.require("addresses[" + i + "]", request.addresses().get(i)));
        }
        RenderedIssue issue = renderer.renderForTest(issueId);
        List<TestSendResult> results = new ArrayList<>();
        try (ChannelSession session = channel.openSession()) {
            for (String address : addresses) {
                SendOutcome outcome = session.send(address, composer.compose(issue, recipient(address)).message());
                results.add(new TestSendResult(address, outcome.kind(), outcome.reply()));
            }
        }
        audit.record(actor, "issue.test-sent", AuditLog.target("issue", issueId), String.join(", ", addresses));
        return results;
    }

    private static Recipient recipient(String address) {
        Optional<Subscriber> subscriber = Subscriber.findByEmail(address);
        return subscriber.map(s -> new Recipient(s.id, 0, address, s.name, Attributes.values(s.attributes)))
                .orElseGet(() -> new Recipient(0, 0, address, null, Map.of()));
    }
}
