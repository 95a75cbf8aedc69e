package io.gazette.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.util.Properties;

/**
 * Sends over one SMTP connection that stays open between messages. When the server has dropped it (idle timeout,
 * restart), the message is sent again once over a fresh connection; a message the server refused is not retried.
 * Sends are serialised: one connection carries one conversation at a time.
 */
public class SmtpTransport implements MailTransport, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpTransport.class);

    private final MailConfig config;
    private final Session session;
    private Transport transport;

    public SmtpTransport(MailConfig config) {
        this.config = config;
        this.session = Session.getInstance(properties(config));
    }

    @Override
    public synchronized void send(MimeMessage message) {
        try {
            deliver(message);
        } catch (SendFailedException refused) {
            throw new MailException("The SMTP server refused the message: " + refused.getMessage(), refused);
        } catch (MessagingException | IllegalStateException lost) {
            LOG.debugf("SMTP connection lost (%s); reconnecting once", lost.getMessage());
            close();
            try {
                deliver(message);
            } catch (MessagingException | IllegalStateException again) {
                close();
                throw new MailException("Could not send through " + config.host().orElse("?") + ":" + config.port()
                        + ": " + again.getMessage(), again);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debugf("Closing SMTP connection: %s", e.getMessage());
            }
            transport = null;
        }
    }

    private void deliver(MimeMessage message) throws MessagingException {
        if (transport == null) {
            Transport fresh = session.getTransport("smtp");
            fresh.connect(config.host().orElseThrow(), config.port(), config.username().orElse(null),
                    config.password().orElse(null));
            transport = fresh;
        }
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    static Properties properties(MailConfig config) {
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", Long.toString(config.connectTimeout().toMillis()));
        props.put("mail.smtp.timeout", Long.toString(config.readTimeout().toMillis()));
        props.put("mail.smtp.writetimeout", Long.toString(config.readTimeout().toMillis()));
        props.put("mail.smtp.auth", Boolean.toString(config.username().isPresent()));
        config.heloName().ifPresent(name -> props.put("mail.smtp.localhost", name));
        switch (config.tls()) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case IMPLICIT -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return props;
    }
}
