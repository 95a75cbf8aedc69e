package io.gazette.delivery.bounce.ses;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for AWS's SNS host on loopback: serves signing certificates and records subscription confirmations. */
final class SnsTestServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> certificates = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    SnsTestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            requests.add(target);
            String pem = certificates.get(exchange.getRequestURI().getPath());
            byte[] body = (pem != null ? pem : target.startsWith("/confirm") ? "<ConfirmSubscriptionResponse/>" : "")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(pem != null || target.startsWith("/confirm") ? 200 : 404, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The trusted base URL ({@code http://127.0.0.1:port}). */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The same server under a name that the trusted-origin pattern does not accept. */
    String untrustedBase() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Serves {@code pem} at {@code path} and returns its trusted URL. */
    String serve(String path, String pem) {
        certificates.put(path, pem);
        return base() + path;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
