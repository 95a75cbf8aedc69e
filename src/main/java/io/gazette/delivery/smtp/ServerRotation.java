package io.gazette.delivery.smtp;

/** Chooses the server for each new connection. */
interface ServerRotation {

    SmtpServer next();

    /** How many distinct servers there are, i.e. how many to try before giving up on connecting. */
    int size();
}
