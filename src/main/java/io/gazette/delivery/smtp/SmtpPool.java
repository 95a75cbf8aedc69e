package io.gazette.delivery.smtp;

import io.gazette.delivery.MailChannel;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several SMTP servers used together. Each worker thread opens its own {@link SmtpSession} and keeps it; every new
 * connection of any session goes to the next server by smooth weighted round-robin, and a session whose server cannot
 * be reached tries the others before reporting a temporary failure.
 */
public final class SmtpPool implements MailChannel, AutoCloseable {

    private final ServerRotation rotation;
    private final List<SmtpServer> servers;
    private final Set<SmtpSession> open = ConcurrentHashMap.newKeySet();

    public SmtpPool(List<SmtpServer> servers) {
        this.servers = List.copyOf(servers);
        this.rotation = new WeightedRoundRobin(this.servers);
    }

    /** A pool of one server. */
    public static SmtpPool of(SmtpSettings settings) {
        return new SmtpPool(List.of(new SmtpServer(settings, 1)));
    }

    public List<SmtpServer> servers() {
        return servers;
    }

    /** A new session for the calling worker; it connects on its first message. */
    @Override
    public SmtpSession openSession() {
        SmtpSession session = new SmtpSession(rotation, open::remove);
        open.add(session);
        return session;
    }

    @Override
    public String describe() {
        return "smtp " + String.join(", ", servers.stream().map(s -> s.settings().address()).toList());
    }

    /** Sessions opened and not yet closed. */
    public int openSessions() {
        return open.size();
    }

    /** Closes every session still open, for shutdown; workers should have stopped sending by then. */
    @Override
    public void close() {
        for (SmtpSession session : List.copyOf(open)) {
            session.close();
        }
    }
}
