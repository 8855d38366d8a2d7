/**
 * Delivery of the notification outbox: {@link dev.protocolo.dispatch.NotificationDispatcher} claims due
 * entries under a lease, renders them through a {@link dev.protocolo.spi.MessageRenderer}, hands them to the
 * {@link dev.protocolo.spi.NotificationSender} of their channel and records the outcome, with backoff for
 * transient failures. It depends on ports only, so it works the same over the in-memory store and JDBC.
 */
package dev.protocolo.dispatch;
