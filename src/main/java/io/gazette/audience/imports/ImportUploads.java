package io.gazette.audience.imports;

import io.gazette.audience.AudienceConfig;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Takes an upload: checks the options, streams the body to a temporary file (never into memory), records the job
 * and hands it to a worker. No transaction spans the upload, which may take minutes.
 */
@ApplicationScoped
public class ImportUploads {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final AudienceConfig config;

    public ImportUploads(ImportJobs jobs, ImportRunner runner, AudienceConfig config) {
        this.jobs = jobs;
        this.runner = runner;
        this.config = config;
    }

    /** {@code fileName} is the client's name for the file, kept only as a label for the job list. */
    public ImportJobView accept(ImportOptions options, InputStream body, String fileName, String user) {
        jobs.check(options);
        if (!runner.reserve()) {
            throw new ProblemException(503, "imports-busy", "Imports busy",
                    "All import workers of this instance are busy; try again when an import has finished");
        }
        Path file = null;
        boolean submitted = false;
        try {
            file = store(body);
            long bytes = Files.size(file);
            if (bytes == 0) {
                throw ProblemException.invalid("body", "the upload is empty; send the CSV file as the request body");
            }
            long id = jobs.create(options, label(fileName), bytes, user);
            runner.submit(id, file);
            submitted = true;
            return jobs.view(id);
        } catch (IOException e) {
            throw new ProblemException(400, "upload-failed", "Upload failed", "The upload could not be read: " + e.getMessage());
        } finally {
            if (!submitted) {
                runner.release();
                ImportRunner.deleteQuietly(file);
            }
        }
    }

    private static String label(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip();
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    private Path store(InputStream body) throws IOException {
        Path folder = config.imports().directory().orElse(Path.of(System.getProperty("java.io.tmpdir"), "gazette-imports"));
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "import-", ".csv");
        try (InputStream in = body) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            ImportRunner.deleteQuietly(file);
            throw e;
        }
        return file;
    }
}
