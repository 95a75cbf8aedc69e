package io.gazette.delivery.smtp;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.testing.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.gazette.delivery.testing.TestMessages.SENDER;
import static io.gazette.delivery.testing.TestMessages.loopback;
import static io.gazette.delivery.testing.TestMessages.mime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several workers, each with its own connection, over several servers. */
class SmtpPoolTest {

    private MisbehavingSmtpServer first;
    private MisbehavingSmtpServer second;

    @BeforeEach
    void start() {
        first = MisbehavingSmtpServer.start();
        second = MisbehavingSmtpServer.start();
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void spreadsConnectionsByWeight() {
        try (SmtpPool pool = new SmtpPool(List.of(new SmtpServer(loopback(first.port()), 3), new SmtpServer(loopback(second.port()), 1)))) {
            for (int i = 0; i < 8; i++) {
                SmtpSession session = pool.openSession();
                assertEquals(OutcomeKind.SENT, session.send(SENDER, "r" + i + "@example.org", mime("r" + i + "@example.org", "x")).kind());
            }
            assertEquals(8, pool.openSessions());
        }
        assertEquals(6, first.connections());
        assertEquals(2, second.connections());
        assertEquals(6, first.received().size());
        assertEquals(2, second.received().size());
    }

    @Test
    void aSessionMovesToAnotherServerWhenItsServerIsDown() throws Exception {
        try (Socket down = boundNotListening();
             SmtpPool pool = new SmtpPool(List.of(new SmtpServer(loopback(down.getLocalPort()), 1), new SmtpServer(loopback(second.port()), 1)));
             SmtpSession session = pool.openSession()) {
            for (int i = 0; i < 3; i++) {
                SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
                assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
                assertEquals("127.0.0.1:" + second.port(), outcome.server());
            }
        }
        assertEquals(3, second.received().size());
        assertEquals(1, second.connections());
    }

    @Test
    void whenEveryServerIsDownTheFailureIsTemporary() throws Exception {
        // Ports held by bound sockets that never listen: connections are refused, and no other server in this JVM
        // can take the ports over while the test runs (a closed listener's port can be reused at once).
        try (Socket down1 = boundNotListening(); Socket down2 = boundNotListening();
             SmtpPool pool = new SmtpPool(List.of(new SmtpServer(loopback(down1.getLocalPort()), 1),
                     new SmtpServer(loopback(down2.getLocalPort()), 1)));
             SmtpSession session = pool.openSession()) {
            SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
            assertEquals(OutcomeKind.TEMPORARY, outcome.kind(), outcome.server() + " " + outcome.reply());
            assertTrue(outcome.reply().startsWith("connection refused"), outcome.reply());
        }
    }

    private static Socket boundNotListening() throws java.io.IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }

    @Test
    void parallelWorkersEachKeepOneConnectionAndEveryMessageArrivesOnce() throws Exception {
        int workers = 4;
        int perWorker = 25;
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try (SmtpPool pool = SmtpPool.of(loopback(first.port()))) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                results.add(threads.submit(() -> {
                    int sent = 0;
                    try (SmtpSession session = pool.openSession()) {
                        for (int i = 0; i < perWorker; i++) {
                            String to = "w" + worker + "-" + i + "@example.org";
                            sent += session.send(SENDER, to, mime(to, "x")).sent() ? 1 : 0;
                        }
                    }
                    return sent;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(perWorker, result.get(30, TimeUnit.SECONDS));
            }
            assertEquals(0, pool.openSessions());
        } finally {
            threads.shutdownNow();
        }
        List<String> recipients = first.received().stream().map(ReceivedMessage::recipients).map(r -> r.get(0)).toList();
        assertEquals(workers * perWorker, recipients.size());
        assertEquals(workers * perWorker, recipients.stream().distinct().count());
        assertEquals(workers, first.connections());
    }
}
