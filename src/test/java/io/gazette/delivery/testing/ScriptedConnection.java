package io.gazette.delivery.testing;

import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One client connection of a {@link MisbehavingSmtpServer}: the SMTP state machine with the script's rules applied. */
final class ScriptedConnection implements Runnable {

    /** Thrown to end the conversation when a rule drops the connection or a 421 closes it. */
    private static final class Hangup extends Exception {
        Hangup() {
            super(null, null, false, false);
        }
    }

    private final MisbehavingSmtpServer server;
    private final int number;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean secured;
    private String from;
    private final List<String> recipients = new ArrayList<>();

    ScriptedConnection(MisbehavingSmtpServer server, Socket socket, int number) {
        this.server = server;
        this.socket = socket;
        this.number = number;
    }

    @Override
    public void run() {
        try {
            streams();
            answer(SmtpStage.GREETING, "220 misbehaving ESMTP ready");
            String line;
            while ((line = readLine()) != null) {
                server.record(line);
                if (!handle(line)) {
                    break;
                }
            }
        } catch (Hangup | IOException ended) {
            // The script or the client ended the conversation.
        } finally {
            server.forget(socket);
            MisbehavingSmtpServer.closeQuietly(socket);
        }
    }

    private boolean handle(String line) throws IOException, Hangup {
        String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
        switch (verb) {
            case "EHLO" -> answer(SmtpStage.EHLO, ehloReply());
            case "HELO" -> answer(SmtpStage.EHLO, "250 misbehaving");
            case "STAR" -> startTls();
            case "MAIL" -> {
                resetTransaction();
                if (accepted(answer(SmtpStage.MAIL, "250 2.1.0 Ok"))) {
                    from = address(line);
                }
            }
            case "RCPT" -> rcpt(address(line));
            case "DATA" -> data();
            case "RSET" -> {
                resetTransaction();
                write("250 2.0.0 Ok");
            }
            case "NOOP" -> write("250 2.0.0 Ok");
            case "QUIT" -> {
                write("221 2.0.0 Bye");
                return false;
            }
            default -> write("502 5.5.2 Command not recognized");
        }
        return true;
    }

    private void rcpt(String recipient) throws IOException, Hangup {
        if (from == null) {
            write("503 5.5.1 Error: need MAIL command");
            return;
        }
        SmtpRule rule = server.firingRule(SmtpStage.RCPT, List.of(recipient));
        if (accepted(act(rule, "250 2.1.5 Ok"))) {
            recipients.add(recipient);
        }
    }

    private void data() throws IOException, Hangup {
        if (recipients.isEmpty()) {
            write("503 5.5.1 Error: no valid recipients");
            return;
        }
        if (!answer(SmtpStage.DATA, "354 End data with <CR><LF>.<CR><LF>").startsWith("354")) {
            return;
        }
        SmtpRule bodyRule = server.firingRule(SmtpStage.BODY, recipients);
        byte[] content = readContent(bodyRule);
        SmtpRule endRule = server.firingRule(SmtpStage.END_OF_DATA, recipients);
        if (endRule != null && endRule.kind() == SmtpRule.Kind.ACCEPT_THEN_STALL) {
            server.record(new ReceivedMessage(from, List.copyOf(recipients), content, number));
            resetTransaction();
            pause(endRule);
            reply("250 2.0.0 Ok: queued as " + number);
            return;
        }
        String reply = decide(endRule, "250 2.0.0 Ok: queued as " + number);
        if (accepted(reply)) {
            // Recorded before the reply goes out, so a client that has its 250 always finds the message here.
            server.record(new ReceivedMessage(from, List.copyOf(recipients), content, number));
        }
        resetTransaction();
        reply(reply);
    }

    private byte[] readContent(SmtpRule bodyRule) throws IOException, Hangup {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        boolean first = true;
        byte[] line;
        while ((line = readRawLine()) != null) {
            if (first && bodyRule != null && bodyRule.kind() == SmtpRule.Kind.DROP) {
                throw new Hangup();
            }
            if (first && bodyRule != null && bodyRule.kind() == SmtpRule.Kind.DELAY) {
                pause(bodyRule);
            }
            first = false;
            if (line.length == 1 && line[0] == '.') {
                return content.toByteArray();
            }
            int skip = line.length > 0 && line[0] == '.' ? 1 : 0;
            content.write(line, skip, line.length - skip);
            content.write('\r');
            content.write('\n');
        }
        throw new Hangup();
    }

    private void startTls() throws IOException {
        if (server.startTls() == null || secured) {
            write("454 4.7.0 TLS not available");
            return;
        }
        write("220 2.0.0 Ready to start TLS");
        SSLSocket tls = (SSLSocket) server.startTls().getSocketFactory()
                .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
        tls.setUseClientMode(false);
        tls.startHandshake();
        socket = tls;
        secured = true;
        resetTransaction();
        streams();
    }

    private String ehloReply() {
        String tls = server.startTls() != null && !secured ? "250-STARTTLS\r\n" : "";
        return "250-misbehaving\r\n250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n" + tls + "250 SIZE 10485760";
    }

    /** Writes the scripted or the normal reply for a stage and returns what was written. */
    private String answer(SmtpStage stage, String normal) throws IOException, Hangup {
        return act(server.firingRule(stage, recipients), normal);
    }

    private String act(SmtpRule rule, String normal) throws IOException, Hangup {
        String reply = decide(rule, normal);
        reply(reply);
        return reply;
    }

    private String decide(SmtpRule rule, String normal) throws Hangup {
        if (rule == null) {
            return normal;
        }
        switch (rule.kind()) {
            case DROP -> throw new Hangup();
            case DELAY, ACCEPT_THEN_STALL -> pause(rule);
            case REPLY -> {
                return rule.replyLine();
            }
        }
        return normal;
    }

    private void reply(String reply) throws IOException, Hangup {
        write(reply);
        if (reply.startsWith("421")) {
            throw new Hangup();
        }
    }

    private static void pause(SmtpRule rule) throws Hangup {
        try {
            Thread.sleep(rule.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Hangup();
        }
    }

    private static boolean accepted(String reply) {
        return reply.startsWith("2");
    }

    private void resetTransaction() {
        from = null;
        recipients.clear();
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1).strip();
    }

    private void streams() throws IOException {
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    private void write(String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String readLine() throws IOException {
        byte[] line = readRawLine();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    /** One line without its CRLF (a bare LF also ends a line), or null at end of stream. */
    private byte[] readRawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return Arrays.copyOf(bytes, length);
            }
            line.write(b);
        }
        return null;
    }
}
