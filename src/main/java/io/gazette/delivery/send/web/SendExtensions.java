package io.gazette.delivery.send.web;

import io.gazette.delivery.send.SendView;
import io.quarkus.qute.TemplateExtension;

/** How far a send got, as the send view and the dashboard's progress bars show it. */
@TemplateExtension
final class SendExtensions {

    private SendExtensions() {
    }

    /** Recipients with a final outcome. */
    static long done(SendView send) {
        return send.recipients() - send.remaining();
    }

    /** Share of recipients with a final outcome, 0 to 100 (a send to nobody is done). */
    static long percentDone(SendView send) {
        return send.recipients() == 0 ? 100 : done(send) * 100 / send.recipients();
    }

    /** "about 3 min left" at the current rate; empty while nothing moves. */
    static String timeLeft(SendView send) {
        if (send.ratePerSecond() <= 0 || send.remaining() == 0) {
            return "";
        }
        long seconds = (long) Math.ceil(send.remaining() / send.ratePerSecond());
        return seconds < 90 ? "about " + seconds + " s left" : "about " + Math.round(seconds / 60.0) + " min left";
    }
}
