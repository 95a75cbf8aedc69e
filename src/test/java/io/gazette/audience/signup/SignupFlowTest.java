package io.gazette.audience.signup;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.gazette.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Sign-up and double opt-in through the public pages, with the confirmation mail caught by an SMTP server. */
@QuarkusTest
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class SignupFlowTest {

    @Inject
    AudienceData data;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void doubleOptInSendsAConfirmationMailWhoseLinkConfirms() throws Exception {
        long list = data.list("Harbour Weekly", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String slug = data.slug(list);
        String email = uniqueEmail("ann");

        given().get("/subscribe/{slug}", slug)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Subscribe to Harbour Weekly"), containsString("name=\"website\""));
        subscribe(slug, email.toUpperCase(), "Ann Émile")
                .then().statusCode(303).header("Location", endsWith("/subscribe/" + slug + "/thanks"));
        given().get("/subscribe/{slug}/thanks", slug).then().statusCode(200).body(containsString("Check your inbox"));
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNCONFIRMED);

        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(mail.getSubject()).isEqualTo("Please confirm your subscription to Harbour Weekly");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        InternetAddress to = (InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(email);
        assertThat(to.getPersonal()).isEqualTo("Ann Émile");
        assertThat(mail.getHeader("To")[0]).startsWith("=?UTF-8?");
        assertThat(Mailbox.part(mail, "text/html")).contains("Confirm my subscription").contains("Harbour Weekly");
        String token = Mailbox.linkToken(mail, "confirm");

        given().get("/confirm/{token}", token)
                .then().statusCode(200).header("Cache-Control", "no-store").body(containsString("Yes, subscribe me"));
        assertThat(data.status(email, list)).as("GET only asks").contains(SubscriptionStatus.UNCONFIRMED);

        given().post("/confirm/{token}", token).then().statusCode(200).body(containsString("You are subscribed"));
        assertThat(data.subscription(email, list)).hasValueSatisfying(s -> {
            assertThat(s.status).isEqualTo(SubscriptionStatus.CONFIRMED);
            assertThat(s.confirmedAt).isNotNull();
            assertThat(s.consentIp).isNotBlank();
        });
        given().post("/confirm/{token}", token).then().statusCode(200).body(containsString("You are subscribed"));
    }

    @Test
    void repeatedAndKnownSignUpsAnswerAlikeAndMailOnlyWhenPending() {
        long list = data.list("Quay Notes", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String slug = data.slug(list);
        String email = uniqueEmail("bob");

        String first = subscribe(slug, email, null).then().statusCode(303).extract().header("Location");
        String again = subscribe(slug, email, null).then().statusCode(303).extract().header("Location");
        assertThat(again).isEqualTo(first);
        assertThat(Mailbox.await(email, 2)).as("a pending sign-up gets its link again").hasSize(2);

        given().post("/confirm/{token}", Mailbox.linkToken(Mailbox.messagesTo(email).get(1), "confirm"))
                .then().statusCode(200);
        String known = subscribe(slug, email, "Someone Else").then().statusCode(303).extract().header("Location");
        assertThat(known).isEqualTo(first);
        assertThat(data.subscriber(email)).hasValueSatisfying(s -> assertThat(s.name).as("a form cannot rename a known person").isNull());

        String sentinel = uniqueEmail("sentinel");
        subscribe(slug, sentinel, null).then().statusCode(303);
        Mailbox.awaitOne(sentinel);
        assertThat(Mailbox.messagesTo(email)).as("a confirmed member gets no mail from a repeat sign-up").hasSize(2);
    }

    @Test
    void aDoubleClickedFormSignsUpOnce() throws Exception {
        long list = data.list("Double Click", ListVisibility.PUBLIC, OptIn.SINGLE);
        String slug = data.slug(list);
        String email = uniqueEmail("twice");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return subscribe(slug, email, null).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(303);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(data.members(list, SubscriptionStatus.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void singleOptInConfirmsAtOnceWithoutMail() {
        long list = data.list("Dockside Daily", ListVisibility.PUBLIC, OptIn.SINGLE);
        String email = uniqueEmail("cai");
        subscribe(data.slug(list), email, "Cai").then().statusCode(303);
        given().get("/subscribe/{slug}/thanks", data.slug(list)).then().body(containsString("Thank you"));
        assertThat(data.status(email, list)).contains(SubscriptionStatus.CONFIRMED);

        long doubleList = data.list("Sentinel List", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String sentinel = uniqueEmail("sentinel");
        subscribe(data.slug(doubleList), sentinel, null).then().statusCode(303);
        Mailbox.awaitOne(sentinel);
        assertThat(Mailbox.messagesTo(email)).isEmpty();
    }

    @Test
    void expiredConfirmLinkGets410WithAWayBack() {
        long list = data.list("Tide Tables", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String slug = data.slug(list);
        String email = uniqueEmail("dee");
        clock.set(Instant.now());
        subscribe(slug, email, null).then().statusCode(303);
        String token = Mailbox.linkToken(Mailbox.awaitOne(email), "confirm");

        clock.advance(Duration.ofHours(73));
        given().get("/confirm/{token}", token)
                .then().statusCode(410).body(containsString("expired"), containsString("/subscribe/" + slug));
        given().post("/confirm/{token}", token).then().statusCode(410);
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNCONFIRMED);
    }

    @Test
    void forgedOrMisusedTokensGet400PagesNotStackTraces() {
        long list = data.list("Forgery Test", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String email = uniqueEmail("eve");
        subscribe(data.slug(list), email, null).then().statusCode(303);
        String token = Mailbox.linkToken(Mailbox.awaitOne(email), "confirm");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

        for (String bad : new String[]{"garbage", tampered, "a.b", token + "x"}) {
            given().get("/confirm/{token}", bad)
                    .then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("This link is not valid"), not(containsString("Exception")));
            given().post("/confirm/{token}", bad).then().statusCode(400);
        }
        given().post("/unsubscribe/{token}", token).then().statusCode(400); // a confirm token cannot unsubscribe
        given().get("/preferences/{token}", token).then().statusCode(400);
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNCONFIRMED);
    }

    @Test
    void invalidInputHoneypotAndUnknownListsAreHandled() {
        long list = data.list("<script>alert(1)</script> & Co", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String slug = data.slug(list);
        given().get("/subscribe/{slug}", slug)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), not(containsString("<script>alert")));

        subscribe(slug, "\"><img src=x onerror=alert(1)>", null)
                .then().statusCode(400)
                .body(containsString("Please enter a valid email address"), not(containsString("<img src=x")));

        String bot = uniqueEmail("bot");
        given().redirects().follow(false).formParam("email", bot).formParam("website", "http://spam.example")
                .post("/subscribe/{slug}", slug)
                .then().statusCode(303);
        assertThat(data.subscriber(bot)).as("honeypot filled: nothing stored").isEmpty();

        long hidden = data.list("Private Circle", ListVisibility.PRIVATE, OptIn.SINGLE);
        given().get("/subscribe/{slug}", data.slug(hidden)).then().statusCode(404);
        subscribe(data.slug(hidden), uniqueEmail("x"), null).then().statusCode(404);
        given().get("/subscribe/no-such-list").then().statusCode(404).body(containsString("List not found"));
    }

    static io.restassured.response.Response subscribe(String slug, String email, String name) {
        var request = given().redirects().follow(false).formParam("email", email);
        if (name != null) {
            request = request.formParam("name", name);
        }
        return request.post("/subscribe/{slug}", slug);
    }

}
