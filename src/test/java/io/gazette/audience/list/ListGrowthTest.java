package io.gazette.audience.list;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The day-by-day growth of lists behind the dashboard's chart, through {@code GET /api/lists/growth}. */
@QuarkusTest
@TestSecurity(user = "editor@example.org", roles = "editor")
class ListGrowthTest {

    @Inject
    AudienceData audience;

    @Test
    void countsTodaysSignUpsAndDeparturesAndWorksMembersBackFromTodaysCount() {
        long list = audience.list("Growing", ListVisibility.PRIVATE, OptIn.SINGLE);
        List<String> readers = List.of(AudienceData.uniqueEmail("g1"), AudienceData.uniqueEmail("g2"), AudienceData.uniqueEmail("g3"));
        audience.subscribe(readers, list);
        audience.unsubscribe(readers.get(2), list);

        JsonPath report = given().queryParam("days", 7).get("/api/lists/growth").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("days")).hasSize(7);
        Map<String, Object> growing = report.getMap("lists.find { it.listId == " + list + " }");
        assertThat(growing.get("joined")).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 3));
        assertThat(growing.get("left")).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 1));
        assertThat(growing.get("members")).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 2));
    }

    @Test
    void refusesAPeriodOutsideAYearNamingTheParameter() {
        given().queryParam("days", 0).get("/api/lists/growth").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("days"));
        given().queryParam("days", 367).get("/api/lists/growth").then().statusCode(400);
    }

    @Test
    void membersOfPastDaysAreTodaysLessLaterSignUpsPlusLaterDepartures() {
        long[] members = AllListsGrowth.membersEachDay(10, new long[] {2, 0, 5}, new long[] {0, 1, 0});
        assertThat(members).containsExactly(6, 5, 10);
    }
}
