package io.gazette.linkpreview;

import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fetches a page an editor linked and reads its OpenGraph tags (or title and description) to pre-fill an item.
 * Only http and https, short timeouts, a size cap, and no internal addresses: every hop of a redirect is checked,
 * since a public page may redirect to an internal one. The address is checked when resolved, just before the
 * request; a name that changes its answer between the two (DNS rebinding) is the remaining gap, closed in
 * deployments that matter by an egress proxy or firewall.
 */
@ApplicationScoped
public class LinkPreviewService {

    static final String FIELD = "url";

    private final LinkPreviewConfig config;
    private final HttpClient client;

    public LinkPreviewService(LinkPreviewConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public LinkPreview fetch(String url) {
        URI target = parse(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            requireReachable(target);
            HttpResponse<InputStream> response = get(target);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                closeQuietly(response.body());
                target = parse(target.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw ProblemException.invalid(FIELD, "the page answered " + status);
            }
            return read(target, response);
        }
        throw ProblemException.invalid(FIELD, "more than " + config.maxRedirects() + " redirects");
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw ProblemException.invalid(FIELD, "must be an http or https link");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw ProblemException.invalid(FIELD, "must be an http or https link");
        }
    }

    private void requireReachable(URI target) {
        try {
            for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                if (!config.allowPrivateAddresses() && AddressPolicy.isInternal(address)) {
                    throw ProblemException.invalid(FIELD, "points to an internal address, which Gazette does not fetch");
                }
            }
        } catch (UnknownHostException e) {
            throw ProblemException.invalid(FIELD, "the host " + target.getHost() + " does not exist");
        }
    }

    private HttpResponse<InputStream> get(URI target) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(config.timeout())
                .header("Accept", "text/html,application/xhtml+xml").header("User-Agent", "Gazette link preview").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw ProblemException.invalid(FIELD, "the page could not be fetched (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.invalid(FIELD, "the fetch was interrupted");
        }
    }

    private LinkPreview read(URI target, HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String html = new String(body.readNBytes(config.maxBytes()), StandardCharsets.UTF_8);
            Document page = Jsoup.parse(html, target.toString());
            return new LinkPreview(target.toString(),
                    first(page, "meta[property=og:title]", "meta[name=twitter:title]", "title"),
                    first(page, "meta[property=og:description]", "meta[name=description]", "meta[name=twitter:description]"),
                    first(page, "meta[property=og:site_name]"));
        } catch (IOException e) {
            throw ProblemException.invalid(FIELD, "the page could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element element = page.selectFirst(selector);
            if (element != null) {
                String value = (element.hasAttr("content") ? element.attr("content") : element.text()).replaceAll("\\s+", " ").strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Nothing left to read from a refused answer.
        }
    }
}
