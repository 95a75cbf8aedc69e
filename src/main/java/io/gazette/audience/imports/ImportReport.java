package io.gazette.audience.imports;

import io.gazette.audience.CsvCells;
import io.gazette.shared.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an import that were not imported, as a CSV file to fix the upload with: {@code line, outcome, reason,
 * detail, row}, where {@code row} is the rejected line itself (failed lines only, while kept). Streamed one keyset
 * page at a time, so a file with a million bad lines holds one page in memory; every text cell is formula-safe.
 */
@ApplicationScoped
public class ImportReport {

    static final int PAGE = 1000;

    private final ImportJobs jobs;

    public ImportReport(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** The report as a download; a missing job is refused (404) before anything is written. */
    public Response download(long jobId) {
        jobs.view(jobId);
        return Response.ok(stream(jobId))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + jobId + "-report.csv\"")
                .build();
    }

    private StreamingOutput stream(long jobId) {
        return output -> {
            CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180);
            csv.printRecord("line", "outcome", "reason", "detail", "row");
            long after = 0;
            while (after >= 0) {
                after = page(csv, jobId, after);
            }
            csv.flush();
        };
    }

    /** Writes the lines after {@code after} and returns the last one written, or -1 after the last page. */
    private long page(CSVPrinter csv, long jobId, long after) throws IOException {
        KeysetPage<ImportErrorView> page = jobs.errors(jobId, after, PAGE);
        for (ImportErrorView error : page.items()) {
            csv.printRecord(error.line(), error.outcome(), error.reason(), CsvCells.safe(error.detail()),
                    CsvCells.safe(error.text()));
        }
        return page.next() == null ? -1 : Long.parseLong(page.next());
    }
}
