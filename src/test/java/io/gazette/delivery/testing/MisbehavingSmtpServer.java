package io.gazette.delivery.testing;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process SMTP server on a free loopback port that a test scripts to misbehave: refuse connections, drop them
 * mid-session, answer 421/451/5xx at any stage (for everyone, for one recipient, or the first N times), stall to
 * provoke timeouts. Unscripted, it accepts and records every message. Speaks EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
 * QUIT and, when given a TLS context, STARTTLS.
 */
public final class MisbehavingSmtpServer implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "misbehaving-smtp");
        t.setDaemon(true);
        return t;
    });
    private final List<SmtpRule> rules = new CopyOnWriteArrayList<>();
    private final List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final int port;
    private volatile ServerSocket listener;
    private volatile SSLContext startTls;

    private MisbehavingSmtpServer() {
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    public static MisbehavingSmtpServer start() {
        return new MisbehavingSmtpServer();
    }

    public String host() {
        return LOOPBACK.getHostAddress();
    }

    public int port() {
        return port;
    }

    /** Starts a rule for a stage; finish it with reply(...), drop() or delay(...). */
    public SmtpRule on(SmtpStage stage) {
        SmtpRule rule = new SmtpRule(stage);
        rules.add(rule);
        return rule;
    }

    /** Forgets every rule: from now on the server behaves. */
    public void behave() {
        rules.clear();
    }

    /** Offers STARTTLS with this server-side context. */
    public void offerStartTls(SSLContext context) {
        startTls = context;
    }

    /** Stops listening, so connection attempts are refused by the operating system; open sessions go on. */
    public synchronized void refuseConnections() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
    }

    /** Listens again on the same port. */
    public synchronized void acceptConnections() {
        if (listener == null) {
            listener = bind(port);
            acceptOn(listener);
        }
    }

    public List<ReceivedMessage> received() {
        return List.copyOf(received);
    }

    /** Every command line the clients sent, in order (AUTH lines included). */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** How many connections were accepted so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        refuseConnections();
        sockets.forEach(MisbehavingSmtpServer::closeQuietly);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    SmtpRule firingRule(SmtpStage stage, Collection<String> recipients) {
        for (SmtpRule rule : rules) {
            if (rule.fires(stage, recipients)) {
                return rule;
            }
        }
        return null;
    }

    SSLContext startTls() {
        return startTls;
    }

    void record(String command) {
        commands.add(command);
    }

    void record(ReceivedMessage message) {
        received.add(message);
    }

    void forget(Socket socket) {
        sockets.remove(socket);
    }

    private void acceptOn(ServerSocket socket) {
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    sockets.add(client);
                    int number = connections.incrementAndGet();
                    threads.execute(new ScriptedConnection(this, client, number));
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port), 50);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Already gone.
            }
        }
    }
}
