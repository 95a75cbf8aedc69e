package io.gazette.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the in-process SMTP server received, looked up by recipient so tests never see each other's mail. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    /** Waits until {@code count} messages for {@code address} have arrived and returns them. */
    public static List<MimeMessage> await(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<MimeMessage> messages = messagesTo(address);
        while (messages.size() < count && System.nanoTime() < deadline) {
            sleep();
            messages = messagesTo(address);
        }
        if (messages.size() < count) {
            throw new AssertionError("expected " + count + " message(s) to " + address + ", got " + messages.size());
        }
        return messages;
    }

    public static MimeMessage awaitOne(String address) {
        return await(address, 1).get(0);
    }

    /** The text of the part with this content type (e.g. {@code text/plain}) of a multipart message. */
    public static String part(MimeMessage message, String contentType) {
        try {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(contentType)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + contentType + " part");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The first path token after {@code /<prefix>/} in the plain-text part, e.g. the token of a confirm link. */
    public static String linkToken(MimeMessage message, String prefix) {
        Matcher matcher = Pattern.compile("/" + prefix + "/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)").matcher(part(message, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("no /" + prefix + "/ link in the message");
        }
        return matcher.group(1);
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> r instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
