package dev.protocolo.customer;

/** A way of reaching a customer or an agent with a {@link Notification}. */
public enum NotificationChannel {
    EMAIL, SMS, WEBHOOK, WHATSAPP
}
