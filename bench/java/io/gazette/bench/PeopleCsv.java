package io.gazette.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a realistic subscriber file: email, name and two attribute columns. One line in 500 has a broken address
 * and one in 200 repeats an earlier address, so the error paths run at their real share of the work.
 */
final class PeopleCsv {

    static final int INVALID_EVERY = 500;
    static final int DUPLICATE_EVERY = 200;

    private static final String[] CITIES = {"Porto", "Lisbon", "Braga", "Faro", "Coimbra", "Évora", "Aveiro", "Sines"};
    private static final String[] PLANS = {"free", "basic", "pro"};
    private static final String[] DOMAINS = {"example.org", "example.com", "example.net", "mail.example.org"};

    private PeopleCsv() {
    }

    static Path write(Path folder, int rows) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("people-" + rows + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,name,city,plan\n");
            for (int i = 1; i <= rows; i++) {
                int person = i % DUPLICATE_EVERY == 0 ? i - 7 : i;
                String email = i % INVALID_EVERY == 0 ? "person" + person + "@@broken" : "person" + person + "@" + DOMAINS[person % DOMAINS.length];
                out.write(email + ",Person " + person + "," + CITIES[person % CITIES.length] + "," + PLANS[person % PLANS.length] + "\n");
            }
        }
        return file;
    }
}
