package io.gazette.shared.http;

import io.gazette.shared.problem.ProblemException;

/**
 * Optimistic concurrency for edits. A client proves which version it edited with {@code If-Match: "<version>"}
 * (answered with 412 when stale) or a {@code version} field in the body (answered with 409 when stale).
 * A write that names neither is refused with 428, so no editor can overwrite another silently.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void check(String ifMatch, Long bodyVersion, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (!ifMatch.trim().equals("*") && !matches(ifMatch, currentVersion)) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "If-Match " + ifMatch.trim() + " does not match the current ETag " + etag(currentVersion)
                                + "; reload and apply your change again");
            }
            return;
        }
        if (bodyVersion == null) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag you read, or the version field, so concurrent edits are not lost");
        }
        if (bodyVersion != currentVersion) {
            throw ProblemException.staleWrite(bodyVersion, currentVersion);
        }
    }

    private static boolean matches(String ifMatch, long currentVersion) {
        String current = etag(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
