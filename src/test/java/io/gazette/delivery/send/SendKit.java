package io.gazette.delivery.send;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.support.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.restassured.RestAssured.given;

/** Newsletters with audiences, sends started through the API, and a look at the delivery rows, for the send tests. */
@ApplicationScoped
public class SendKit {

    private final AudienceData audience;
    private final EntityManager em;

    public SendKit(AudienceData audience, EntityManager em) {
        this.audience = audience;
        this.em = em;
    }

    public long list(long newsletterId) {
        return audience.list("Readers", ListVisibility.PUBLIC, OptIn.SINGLE, newsletterId);
    }

    public String subscriber(String prefix, List<Long> lists, String status) {
        String email = uniqueEmail(prefix);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "name", "Reader " + prefix, "lists", lists, "status", status))
                .post("/api/subscribers").then().statusCode(201);
        return email;
    }

    public List<String> confirmed(String prefix, long list, int count) {
        return IntStream.range(0, count).mapToObj(i -> subscriber(prefix + i, List.of(list), "CONFIRMED")).toList();
    }

    /** Starts mailing the issue now and returns the send's id. */
    public long send(long issueId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/issues/{id}/send", issueId)
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    public JsonPath view(long sendId) {
        return given().get("/api/sends/{id}", sendId).then().statusCode(200).extract().jsonPath();
    }

    /** Waits (at most 30 s) until the send has this status and returns its view. */
    public JsonPath await(long sendId, SendStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath view = view(sendId);
        while (!status.name().equals(view.getString("status")) && System.nanoTime() < deadline) {
            pause(100);
            view = view(sendId);
        }
        if (!status.name().equals(view.getString("status"))) {
            throw new AssertionError("send " + sendId + " is " + view.getString("status") + ", expected " + status + ": " + view.prettify());
        }
        return view;
    }

    @Transactional
    public Map<String, String> statusByEmail(long sendId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, status FROM delivery WHERE send_id = ?1").setParameter(1, sendId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    @Transactional
    public int attempts(long sendId, String email) {
        return ((Number) em.createNativeQuery("SELECT attempts FROM delivery WHERE send_id = ?1 AND email = ?2")
                .setParameter(1, sendId).setParameter(2, email).getSingleResult()).intValue();
    }

    @Transactional
    public String reply(long sendId, String email) {
        return (String) em.createNativeQuery("SELECT last_reply FROM delivery WHERE send_id = ?1 AND email = ?2")
                .setParameter(1, sendId).setParameter(2, email).getSingleResult();
    }

    /** Rows of the send that a worker's claim still marks: not settled until its holder ends the claim. */
    @Transactional
    public long held(long sendId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM delivery WHERE send_id = ?1 AND claim_token IS NOT NULL")
                .setParameter(1, sendId).getSingleResult()).longValue();
    }

    /** Cancels whatever sends a test left running, so no later test's workers pick them up. */
    @Transactional
    public void cancelUnfinishedSends() {
        em.createNativeQuery("UPDATE delivery SET status = 'CANCELLED' WHERE status IN ('QUEUED', 'CLAIMED')").executeUpdate();
        em.createNativeQuery("UPDATE send_job SET status = 'CANCELLED' WHERE status IN ('RUNNING', 'PAUSED')").executeUpdate();
    }


    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
