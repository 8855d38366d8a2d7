package dev.protocolo.spi;

import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationData;
import java.util.Map;

/**
 * Port: turns an outbox entry into the words its channel carries (subject, text, HTML), in the entry's
 * language. The template-based implementation lives in the {@code protocolo-spi-notify} module;
 * {@link #PLAIN} is a dependency-free fallback for development and for channels such as webhooks that
 * carry data rather than prose.
 *
 * <p>Implementations must be thread-safe and must not perform network I/O. A renderer that cannot render
 * an entry (missing template, broken data) throws; the dispatcher then marks the entry dead, since trying
 * again would fail the same way.
 */
@FunctionalInterface
public interface MessageRenderer {
    /** Unlocalised one-line summary: protocol, status and public message. */
    MessageRenderer PLAIN = n -> {
        Map<String, String> d = n.data();
        String protocol = d.getOrDefault(NotificationData.PROTOCOL, n.protocol());
        String status = d.getOrDefault(NotificationData.STATUS, "");
        String message = d.get(NotificationData.MESSAGE);
        String text = "[#" + protocol + "] " + n.event() + ": " + status + (message == null ? "" : " - " + message);
        return new RenderedMessage("[#" + protocol + "] " + status, text, null, 0);
    };

    /** Renders {@code notification} for its channel and language. */
    RenderedMessage render(Notification notification);
}
