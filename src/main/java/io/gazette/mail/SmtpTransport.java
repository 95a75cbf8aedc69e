package io.gazette.mail;

import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.smtp.SmtpPool;
import io.gazette.delivery.smtp.SmtpSession;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends single messages (confirmation requests, notices) over one kept-open session of the same SMTP pool the
 * newsletter workers use, so both take the same servers, security and timeouts. Sends are serialised: one connection
 * carries one conversation at a time. A connection the server dropped while idle is replaced by the session itself.
 */
public class SmtpTransport implements MailTransport, AutoCloseable {

    private final SmtpSession session;

    public SmtpTransport(SmtpPool pool) {
        this.session = pool.openSession();
    }

    @Override
    public synchronized void send(MimeMessage message) {
        try {
            message.saveChanges();
            Address[] recipients = message.getAllRecipients();
            for (Address recipient : recipients) {
                SendOutcome outcome = session.send(((InternetAddress) recipient).getAddress(), message);
                if (!outcome.sent()) {
                    throw new MailException("Could not send through " + outcome.server() + ": " + outcome.reply(), null);
                }
            }
        } catch (MessagingException e) {
            throw new MailException("Could not prepare the message: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        session.close();
    }
}
