package io.gazette.audience.imports;

/** What an import does with each good row. */
public enum ImportMode {
    /** Adds the address to the chosen lists (as confirmed or unconfirmed), creating the subscriber if new. */
    SUBSCRIBE,
    /** Blocklists the address, creating the subscriber if new, so it is never mailed. */
    BLOCKLIST
}
