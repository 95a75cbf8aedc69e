package io.gazette.delivery.send.web;

import io.gazette.delivery.send.SendView;
import io.gazette.delivery.send.TestSendResult;
import io.gazette.issue.IssueStatus;
import io.gazette.issue.IssueView;
import io.gazette.shared.web.FormErrors;

import java.util.List;

/**
 * The composer's sending panel: test addresses and their results, the schedule form (its time in the newsletter's
 * zone, by default the next weekly slot), "send now" with the number of people it would mail, and earlier sends.
 */
public record SendPanel(IssueView issue, String timeZone, String scheduledAt, String sendAtInput, long audienceSize,
                        List<SendView> sends, String testAddresses, List<TestSendResult> testResults, FormErrors testErrors,
                        FormErrors scheduleErrors) {

    /** Whether the schedule and send-now forms apply: the issue's status machine says so, not a list of our own. */
    public boolean canSchedule() {
        return issue.status().canMoveTo(IssueStatus.SCHEDULED);
    }

    public String timeZoneHint() {
        return "(time in " + timeZone + ")";
    }

    public boolean scheduled() {
        return issue.status() == IssueStatus.SCHEDULED;
    }
}
