package io.gazette.render;

import io.gazette.security.SignedTokens;
import io.gazette.shared.web.SubscriberLinks;
import io.gazette.shared.web.SubscriberLinks.Membership;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personal links in a rendered email carry tokens that verify, and stop verifying when anything is changed. */
class UnsubscribeLinkTest {

    private final RenderKit kit = new RenderKit();
    private final String html = kit.composer.personalise(kit.render(RenderKit.issue(1)), RenderKit.reader()).html();
    private final String unsubscribe = token(Jsoup.parse(html).selectFirst("a[href*=/unsubscribe/]").attr("href"));
    private final String preferences = token(Jsoup.parse(html).selectFirst("a[href*=/preferences/]").attr("href"));

    @Test
    void tokensInTheEmailVerifyForTheRecipient() {
        assertEquals(Optional.of(new Membership(7, 3)), kit.links.readUnsubscribe(unsubscribe));
        assertEquals(Optional.of(7L), kit.links.readPreferences(preferences));
    }

    @Test
    void eachRecipientGetsTheirOwnToken() {
        String other = token(Jsoup.parse(kit.composer.personalise(kit.render(RenderKit.issue(1)),
                new Recipient(8, 3, "b@example.org", null, java.util.Map.of())).html())
                .selectFirst("a[href*=/unsubscribe/]").attr("href"));
        assertNotEquals(unsubscribe, other);
        assertEquals(Optional.of(new Membership(8, 3)), kit.links.readUnsubscribe(other));
    }

    @Test
    void tamperedTokensAreRejected() {
        int dot = unsubscribe.indexOf('.');
        String payload = unsubscribe.substring(0, dot);
        String signature = unsubscribe.substring(dot + 1);
        String otherSubscriber = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).replace("\u001F7\u001F", "\u001F8\u001F")
                        .getBytes(StandardCharsets.UTF_8));
        assertNotEquals(payload, otherSubscriber, "the forged payload names another subscriber");
        assertTrue(kit.links.readUnsubscribe(otherSubscriber + "." + signature).isEmpty(), "payload changed");
        assertTrue(kit.links.readUnsubscribe(payload + "." + flipFirst(signature)).isEmpty(), "signature changed");
        assertTrue(kit.links.readUnsubscribe(payload).isEmpty(), "signature dropped");
        assertTrue(kit.links.readUnsubscribe(preferences).isEmpty(), "a preferences token does not unsubscribe");
        SubscriberLinks otherKey = new SubscriberLinks(
                new SignedTokens(() -> "another-secret-another-secret-another-secret", kit.clock), () -> RenderKit.BASE_URL);
        assertTrue(otherKey.readUnsubscribe(unsubscribe).isEmpty(), "a token signed with another key");
    }

    private static String flipFirst(String value) {
        return (value.charAt(0) == 'A' ? 'B' : 'A') + value.substring(1);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
