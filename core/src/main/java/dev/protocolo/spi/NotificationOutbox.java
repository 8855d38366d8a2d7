package dev.protocolo.spi;

import dev.protocolo.notification.Notification;
import dev.protocolo.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Port: the transactional outbox of notifications. {@link #enqueue} runs inside the command's
 * {@link UnitOfWork}, so a notification exists exactly when its step committed. Dispatchers then
 * {@link #claim} batches in their own short transactions; a claim is a lease, so entries claimed by a
 * dispatcher that died are claimed again once the lease expires (at-least-once delivery). With several
 * nodes, an implementation must never hand the same entry to two live claims. Thread-safe.
 */
public interface NotificationOutbox {
    /** Stores new entries as part of the current unit of work. */
    void enqueue(List<Notification> notifications);

    /**
     * Claims up to {@code max} entries due at {@code now} (pending with {@code nextAttemptAt <= now}, or
     * sending with an expired lease), oldest first, marking them SENDING by {@code owner} until
     * {@code now + lease}.
     */
    List<Notification> claim(String owner, int max, Instant now, Duration lease);

    /** Records a delivery. Returns false if {@code owner} no longer holds the claim. */
    boolean markSent(UUID id, String owner, Instant at);

    /**
     * Records a failed attempt: back to PENDING until {@code retryAt}, or DEAD when {@code retryAt} is null.
     * Returns false if {@code owner} no longer holds the claim.
     */
    boolean markFailed(UUID id, String owner, Instant at, String error, Instant retryAt);

    /** Gives a claimed entry back untouched (dispatcher stopping). Returns false if not held by owner. */
    boolean release(UUID id, String owner, Instant now);

    /** Every entry of one order, oldest first: "was the customer told, when, on which channel". */
    List<Notification> forOrder(String tenant, OrderId orderId);

    /** Dead entries of a tenant, oldest first. */
    List<Notification> dead(String tenant, int limit);

    /** Puts a dead entry back in the queue, due at {@code now}. Returns false if it is not dead. */
    boolean retry(String tenant, UUID id, Instant now);
}
