package dev.protocolo.dispatch;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Audience;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.OrderId;
import dev.protocolo.spi.NotificationOutbox;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers "was the customer told, when and on which channel" for one order, from its outbox entries.
 * A snapshot: immutable and thread-safe.
 *
 * @param entries every outbox entry of the order, oldest first
 */
public record DeliveryReport(List<Notification> entries) {
    public DeliveryReport {
        entries = List.copyOf(entries);
    }

    /** Reads the order's entries from the outbox. */
    public static DeliveryReport of(NotificationOutbox outbox, String tenant, OrderId orderId) {
        return new DeliveryReport(outbox.forOrder(tenant, orderId));
    }

    /** Entries in the given state. */
    public List<Notification> withStatus(NotificationStatus status) {
        return entries.stream().filter(n -> n.status() == status).toList();
    }

    /** Entries still on their way: pending or being sent. */
    public List<Notification> inFlight() {
        return entries.stream()
                .filter(n -> n.status() == NotificationStatus.PENDING || n.status() == NotificationStatus.SENDING)
                .toList();
    }

    /** When the customer was last reached on {@code channel}, if ever. */
    public Optional<Instant> lastSentTo(NotificationChannel channel) {
        return entries.stream()
                .filter(n -> n.audience() == Audience.CUSTOMER && n.channel() == channel && n.sentAt() != null)
                .map(Notification::sentAt).max(Comparator.naturalOrder());
    }

    /** Whether the customer received something about the step that produced {@code orderVersion}. */
    public boolean customerToldOf(long orderVersion) {
        return entries.stream().anyMatch(n -> n.audience() == Audience.CUSTOMER && n.orderVersion() == orderVersion
                && n.status() == NotificationStatus.SENT);
    }
}
