package io.gazette.linkpreview;

import com.sun.net.httpserver.HttpServer;
import io.gazette.shared.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher against a real HTTP server on loopback (allowed here by configuration, refused by default). */
class LinkPreviewServiceTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page("/og", "<html><head><title>Plain title</title><meta property=\"og:title\" content=\"  The  OpenGraph title \">"
                + "<meta property=\"og:description\" content=\"What it is about.\"><meta property=\"og:site_name\" content=\"Port Gazette\">"
                + "</head><body>x</body></html>");
        page("/plain", "<html><head><title>Only a title</title><meta name=\"description\" content=\"A description.\"></head></html>");
        page("/big", "<html><head><title>Big page</title></head><body>" + "x".repeat(2_000_000) + "</body></html>");
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/og");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsOpenGraphTagsAndFallsBackToTitleAndDescription() {
        LinkPreview og = service(true).fetch(base + "/og");
        assertThat(og).isEqualTo(new LinkPreview(base + "/og", "The OpenGraph title", "What it is about.", "Port Gazette"));
        LinkPreview plain = service(true).fetch(base + "/plain");
        assertThat(plain.title()).isEqualTo("Only a title");
        assertThat(plain.description()).isEqualTo("A description.");
        assertThat(plain.siteName()).isNull();
    }

    @Test
    void followsRedirectsUpToTheLimitAndReadsOnlyTheCappedHead() {
        assertThat(service(true).fetch(base + "/moved").url()).isEqualTo(base + "/og");
        assertThatThrownBy(() -> service(true).fetch(base + "/loop")).isInstanceOf(ProblemException.class).hasMessageContaining("redirects");
        assertThat(service(true).fetch(base + "/big").title()).isEqualTo("Big page");
    }

    @Test
    void refusesInternalAddressesByDefaultAndAnythingButHttp() {
        assertThatThrownBy(() -> service(false).fetch(base + "/og")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("url").hasMessageContaining("internal address");
        for (String bad : new String[] {"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "not a link", ""}) {
            assertThatThrownBy(() -> service(true).fetch(bad)).as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("http or https");
        }
    }

    @Test
    void knowsWhichAddressesAreInternal() throws IOException {
        for (String internal : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1"}) {
            assertThat(AddressPolicy.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "2606:4700::1111"}) {
            assertThat(AddressPolicy.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }

    private void page(String path, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException ignored) {
                // The fetcher stops reading at its cap; the rest of the page is not wanted.
            }
        });
    }

    private static LinkPreviewService service(boolean allowPrivate) {
        return new LinkPreviewService(new LinkPreviewConfig() {
            public Duration timeout() {
                return Duration.ofSeconds(3);
            }

            public int maxBytes() {
                return 65_536;
            }

            public int maxRedirects() {
                return 3;
            }

            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }
        });
    }
}
