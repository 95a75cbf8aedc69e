package io.gazette.delivery.smtp;

import org.eclipse.angus.mail.util.MailSSLSocketFactory;

import javax.net.ssl.SSLSocketFactory;
import java.security.GeneralSecurityException;
import java.util.Properties;

/** Translates {@link SmtpSettings} into the Jakarta Mail session properties of the {@code smtp} protocol. */
final class SmtpProperties {

    private static final String PREFIX = "mail.smtp.";

    private SmtpProperties() {
    }

    static Properties of(SmtpSettings settings) {
        Properties props = new Properties();
        put(props, "host", settings.host());
        put(props, "port", Integer.toString(settings.port()));
        put(props, "localhost", settings.heloName());
        put(props, "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        put(props, "timeout", Long.toString(settings.readTimeout().toMillis()));
        put(props, "writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        put(props, "auth", Boolean.toString(settings.authenticates()));
        // Closing must not hang on a server that never answers QUIT; the messages are already accepted by then.
        put(props, "quitwait", "false");
        props.put(PREFIX + "socketFactory", NoDelaySockets.plain());
        if (settings.smtputf8()) {
            // Addresses go on the wire as UTF-8 and MAIL FROM carries SMTPUTF8 (RFC 6531) where the server offers it;
            // without it Angus sends each non-ASCII character as one Latin-1 byte, so a message to an address that
            // needs SMTPUTF8 is not attempted then (SmtpSession). Off by default: Angus logs at INFO on every
            // connection to a server that does not offer SMTPUTF8 while this is on.
            props.setProperty("mail.mime.allowutf8", "true");
        }
        switch (settings.security()) {
            case STARTTLS -> {
                put(props, "starttls.enable", "true");
                put(props, "starttls.required", "true");
            }
            case IMPLICIT -> {
                put(props, "ssl.enable", "true");
                props.put(PREFIX + "ssl.socketFactory", NoDelaySockets.tls(tlsFactory(settings)));
            }
            case NONE -> put(props, "starttls.enable", "false");
        }
        if (settings.trustedHosts() != null && !settings.trustedHosts().isBlank()) {
            put(props, "ssl.trust", settings.trustedHosts());
            put(props, "ssl.checkserveridentity", "false");
        } else {
            put(props, "ssl.checkserveridentity", "true");
        }
        return props;
    }

    /** What Angus would use itself: the JVM's trust store, or trust in the named hosts only (ssl.trust's meaning). */
    private static SSLSocketFactory tlsFactory(SmtpSettings settings) {
        if (settings.trustedHosts() == null || settings.trustedHosts().isBlank()) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        try {
            MailSSLSocketFactory factory = new MailSSLSocketFactory();
            factory.setTrustedHosts(settings.trustedHosts().strip().split("\\s+"));
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS implementation available", e);
        }
    }

    private static void put(Properties props, String key, String value) {
        props.setProperty(PREFIX + key, value);
    }
}
