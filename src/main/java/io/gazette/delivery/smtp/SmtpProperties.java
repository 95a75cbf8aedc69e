package io.gazette.delivery.smtp;

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
        switch (settings.security()) {
            case STARTTLS -> {
                put(props, "starttls.enable", "true");
                put(props, "starttls.required", "true");
            }
            case IMPLICIT -> put(props, "ssl.enable", "true");
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

    private static void put(Properties props, String key, String value) {
        props.setProperty(PREFIX + key, value);
    }
}
