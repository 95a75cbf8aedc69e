package io.gazette.delivery.worker;

/**
 * A send's snapshot that this instance cannot turn into a message (unreadable JSON, a theme that no longer compiles):
 * retrying would fail the same way, so the worker pauses the send for a person to look at.
 */
final class UnrenderableSend extends RuntimeException {

    UnrenderableSend(long sendId, RuntimeException cause) {
        super("The snapshot of send " + sendId + " could not be rendered: " + cause.getMessage(), cause);
    }
}
