package dev.protocolo.notification;

/** Who a notification is for. */
public enum Audience {
    CUSTOMER, AGENT, TEAM
}
