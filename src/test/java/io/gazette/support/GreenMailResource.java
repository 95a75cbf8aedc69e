package io.gazette.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * An in-process SMTP server on a free port for the whole test run; the application is pointed at it through
 * {@code gazette.mail.*}. Tests read what arrived through {@link Mailbox}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return Map.of(
                "gazette.mail.host", "127.0.0.1",
                "gazette.mail.port", Integer.toString(server.getSmtp().getPort()),
                "gazette.mail.tls", "NONE");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("GreenMail is not running; annotate the test with @WithTestResource(GreenMailResource.class)");
        }
        return server;
    }
}
