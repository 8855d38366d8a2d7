package dev.protocolo.spi;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import java.util.Set;

/**
 * Port: delivers one outbox entry on one channel (an SMTP server, an SMS gateway, a webhook endpoint…).
 *
 * <p>The dispatcher calls {@link #send} after the step committed, possibly more than once for the same
 * entry (a retry after a timeout, or a second dispatcher after a crash), so delivery is at least once.
 * Implementations pass {@link Notification#idempotencyKey()} on wherever the channel allows it (an
 * {@code Idempotency-Key} header, a {@code Message-ID} derived from it, a gateway reference) so the
 * receiving side can drop the duplicates.
 *
 * <p>Returning normally means the channel accepted the message. Failures are reported by throwing
 * {@link DeliveryException}: {@linkplain DeliveryException#isTransient() transient} ones are retried with
 * backoff, permanent ones are not. Any other runtime exception is treated as transient, since it usually
 * means a bug or an unexpected answer rather than a verdict about the message.
 *
 * <p>Implementations must be thread-safe: one instance serves every dispatcher of the JVM.
 */
public interface NotificationSender {
    /** The channels this sender delivers; the dispatcher routes each entry by its channel. */
    Set<NotificationChannel> channels();

    /**
     * Delivers one message.
     *
     * @param notification the outbox entry: recipient, channel, idempotency key and template data
     * @param message      the entry rendered for its channel and language
     * @throws DeliveryException when the channel refused or could not be reached
     */
    void send(Notification notification, RenderedMessage message);
}
