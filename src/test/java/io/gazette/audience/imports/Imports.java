package io.gazette.audience.imports;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Uploads CSV files to the import API and waits for the jobs to end. */
final class Imports {

    private Imports() {
    }

    static RequestSpecification upload(byte[] csv, Map<String, ?> params) {
        return given().contentType("text/csv").body(csv).queryParams(params);
    }

    static long start(byte[] csv, Map<String, ?> params) {
        return upload(csv, params).post("/api/imports")
                .then().statusCode(202)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath await(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonPath job = given().get("/api/imports/{id}", id).then().statusCode(200).extract().jsonPath();
            if (List.of("FINISHED", "FAILED", "CANCELLED").contains(job.getString("status"))) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " still " + job.getString("status"));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static List<Map<String, Object>> errors(long id) {
        return given().queryParam("limit", 500).get("/api/imports/{id}/errors", id)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
