package io.gazette.mail;

/** A message could not be sent. */
public class MailException extends RuntimeException {

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
