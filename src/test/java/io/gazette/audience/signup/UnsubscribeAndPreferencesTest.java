package io.gazette.audience.signup;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.SuppressionReason;
import io.gazette.shared.web.SubscriberLinks;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.gazette.audience.signup.SignupFlowTest.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** One-click unsubscribe (RFC 8058) and the preferences page, reached through signed links only. */
@QuarkusTest
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class UnsubscribeAndPreferencesTest {

    @Inject
    AudienceData data;

    @Inject
    SubscriberLinks links;

    @Test
    void oneClickPostUnsubscribesAtOnceWithoutCookiesAndIsIdempotent() {
        long list = data.list("Pier Pressure", ListVisibility.PUBLIC, OptIn.SINGLE);
        String email = uniqueEmail("una");
        subscribe(data.slug(list), email, null).then().statusCode(303);
        long subscriber = data.subscriber(email).orElseThrow().id;
        String token = links.unsubscribeToken(subscriber, list);

        given().get("/unsubscribe/{token}", token)
                .then().statusCode(200).body(containsString("Stop receiving"), containsString("Pier Pressure"));
        assertThat(data.status(email, list)).as("GET only asks").contains(SubscriptionStatus.CONFIRMED);

        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/{token}", token)
                .then().statusCode(200).header("Set-Cookie", (String) null)
                .body(containsString("You are unsubscribed"), containsString("/preferences/"));
        Instant first = data.subscription(email, list).map(s -> s.unsubscribedAt).orElseThrow();
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNSUBSCRIBED);

        given().multiPart("List-Unsubscribe", "One-Click").post("/unsubscribe/{token}", token).then().statusCode(200);
        given().post("/unsubscribe/{token}", token).then().statusCode(200);
        assertThat(data.subscription(email, list).map(s -> s.unsubscribedAt)).contains(first);
    }

    @Test
    void unsubscribeOfUnknownSubscriberSucceedsQuietly() {
        long list = data.list("Ghost List", ListVisibility.PUBLIC, OptIn.SINGLE);
        String token = links.unsubscribeToken(987_654_321L, list);
        given().get("/unsubscribe/{token}", token).then().statusCode(200);
        given().formParam("List-Unsubscribe", "One-Click").post("/unsubscribe/{token}", token)
                .then().statusCode(200).body(containsString("You are unsubscribed"));
        given().post("/unsubscribe/{token}", "not-a-token").then().statusCode(400).body(containsString("not valid"));
    }

    @Test
    void preferencesChooseListsAmongPublicOnesAndOwnPrivateOnes() {
        long harbour = data.list("Harbour", ListVisibility.PUBLIC, OptIn.SINGLE);
        long market = data.list("Market", ListVisibility.PUBLIC, OptIn.DOUBLE);
        long secret = data.list("Secret Society", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = uniqueEmail("pia");
        subscribe(data.slug(harbour), email, null).then().statusCode(303);
        long subscriber = data.subscriber(email).orElseThrow().id;
        String url = relative(links.preferencesUrl(subscriber));

        given().get(url).then().statusCode(200)
                .body(containsString("Harbour"), containsString("Market"), not(containsString("Secret Society")),
                        containsString(email.charAt(0) + "***@example.org"), not(containsString(email)))
                .body(matchesPattern("(?s).*value=\"" + harbour + "\" checked.*"));

        given().redirects().follow(false).formParam("list", market).formParam("action", "save").post(url)
                .then().statusCode(303).header("Location", containsString("saved=true"));
        given().get(url + "?saved=true").then().statusCode(200).body(containsString("Your choices are saved"));
        assertThat(data.status(email, harbour)).contains(SubscriptionStatus.UNSUBSCRIBED);
        Subscription joined = data.subscription(email, market).orElseThrow();
        assertThat(joined.status).as("the signed link proves the address").isEqualTo(SubscriptionStatus.CONFIRMED);
        assertThat(joined.consentMethod).hasToString("FORM");
        assertThat(data.status(email, secret)).isEmpty();

        given().redirects().follow(false).formParam("list", secret).formParam("action", "save").post(url).then().statusCode(303);
        assertThat(data.status(email, secret)).as("lists not offered cannot be joined").isEmpty();
    }

    @Test
    void leavingAllSuppressesTheAddressUntilThePersonChoosesAgain() {
        long list = data.list("Lighthouse", ListVisibility.PUBLIC, OptIn.DOUBLE);
        String email = uniqueEmail("lea");
        subscribe(data.slug(list), email, null).then().statusCode(303);
        Mailbox.awaitOne(email);
        long subscriber = data.subscriber(email).orElseThrow().id;
        String url = relative(links.preferencesUrl(subscriber));

        given().formParam("action", "leave-all").post(url)
                .then().statusCode(200).body(containsString("You have left all lists"));
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(data.suppression(email)).contains(SuppressionReason.UNSUBSCRIBED_ALL);

        subscribe(data.slug(list), email, null).then().statusCode(303);
        String sentinel = uniqueEmail("sentinel");
        subscribe(data.slug(list), sentinel, null).then().statusCode(303);
        Mailbox.awaitOne(sentinel);
        assertThat(Mailbox.messagesTo(email)).as("a suppressed address gets no confirmation mail").hasSize(1);
        assertThat(data.status(email, list)).contains(SubscriptionStatus.UNSUBSCRIBED);

        given().get(url).then().statusCode(200).body(allOf(containsString("asked not to receive any mail")));
        given().redirects().follow(false).formParam("list", list).formParam("action", "save").post(url).then().statusCode(303);
        assertThat(data.suppression(email)).isEmpty();
        assertThat(data.status(email, list)).contains(SubscriptionStatus.CONFIRMED);
    }

    /** Links carry the public base URL; tests call the server under test by path. */
    static String relative(String url) {
        return url.substring(url.indexOf('/', "https://".length()));
    }
}
