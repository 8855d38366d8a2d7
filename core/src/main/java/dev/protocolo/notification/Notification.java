package dev.protocolo.notification;

import dev.protocolo.customer.NotificationChannel;

import dev.protocolo.order.Action;
import dev.protocolo.order.OrderId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message about one step of an order, as kept in the outbox until delivered. Immutable.
 *
 * <p>{@link #data()} carries everything a template needs (see {@link NotificationData} for the keys):
 * the protocol number, what was done, the current status label, the previous one, the team now
 * responsible and, when known, the due date. {@link #idempotencyKey()} is the same for every attempt
 * to deliver this message, so receivers can drop duplicates.
 *
 * @param id             outbox key
 * @param tenant         the order's tenant
 * @param orderId        the order
 * @param protocol       the order's protocol number
 * @param orderVersion   the order version the step produced
 * @param event          the step's action
 * @param audience       customer, agent or team
 * @param channel        e-mail, SMS, webhook…
 * @param recipient      address on that channel (e-mail, E.164 phone, URL or agent id), or {@code null} when skipped
 * @param language       language tag for the template
 * @param data           template values
 * @param idempotencyKey stable key for deduplication by receivers
 * @param status         delivery state
 * @param attempts       delivery attempts made so far
 * @param createdAt      when the step happened
 * @param nextAttemptAt  earliest time of the next attempt (pending entries)
 * @param sentAt         when delivered, or {@code null}
 * @param lastError      last failure or the reason it was skipped, or {@code null}
 * @param claimedBy      dispatcher holding it while {@link NotificationStatus#SENDING}, or {@code null}
 * @param leaseUntil     until when that claim holds, or {@code null}
 */
public record Notification(UUID id, String tenant, OrderId orderId, String protocol, long orderVersion, Action event,
                           Audience audience, NotificationChannel channel, String recipient, String language,
                           Map<String, String> data, String idempotencyKey, NotificationStatus status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
                           String claimedBy, Instant leaseUntil) {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A copy with another delivery state. */
    public Notification withDelivery(NotificationStatus status, int attempts, Instant nextAttemptAt, Instant sentAt,
                                     String lastError, String claimedBy, Instant leaseUntil) {
        return new Notification(id, tenant, orderId, protocol, orderVersion, event, audience, channel, recipient,
                language, data, idempotencyKey, status, attempts, createdAt, nextAttemptAt, sentAt, lastError,
                claimedBy, leaseUntil);
    }
}
