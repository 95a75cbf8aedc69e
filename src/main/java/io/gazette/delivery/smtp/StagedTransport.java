package io.gazette.delivery.smtp;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.IOException;

/**
 * Angus's SMTP client, noting how far the current message got. A failure before the server accepted MAIL FROM cannot
 * have delivered anything; one after the end of the data, with no reply read, may have: the server may have queued
 * the message and lost only its answer.
 */
final class StagedTransport extends SMTPTransport {

    /** How far the message in hand got. */
    enum Stage {
        /** MAIL FROM not accepted yet: nothing about this message reached the server's queue. */
        BEFORE_MAIL_FROM,
        /** MAIL FROM accepted; recipients or content under way, the end of the data not yet sent. */
        IN_TRANSACTION,
        /** The end of the data is being sent or was sent: from here the server may hold the message. */
        DATA_ENDED
    }

    private Stage stage = Stage.BEFORE_MAIL_FROM;

    StagedTransport(Session session) {
        super(session, new URLName("smtp", null, -1, null, null, null));
    }

    Stage stage() {
        return stage;
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        stage = Stage.BEFORE_MAIL_FROM;
        super.sendMessage(message, addresses);
    }

    @Override
    protected void mailFrom() throws MessagingException {
        super.mailFrom();
        stage = Stage.IN_TRANSACTION;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        stage = Stage.DATA_ENDED;
        super.finishData();
    }

    @Override
    protected void finishBdat() throws IOException, MessagingException {
        stage = Stage.DATA_ENDED;
        super.finishBdat();
    }
}
