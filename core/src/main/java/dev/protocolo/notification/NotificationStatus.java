package dev.protocolo.notification;

/** Delivery state of an outbox entry. */
public enum NotificationStatus {
    /** Waiting to be sent (first time or after a transient failure). */
    PENDING,
    /** Claimed by a dispatcher that is sending it now; its lease tells until when. */
    SENDING,
    /** Delivered to the channel's server or gateway. */
    SENT,
    /** Not sent on purpose: no address for the channel, or the customer opted out. Not a failure. */
    SKIPPED,
    /** Gave up after the maximum number of attempts or a final error; kept for inspection and manual retry. */
    DEAD
}
