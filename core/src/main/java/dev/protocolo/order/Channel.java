package dev.protocolo.order;

/** The channel through which the customer contacted the organisation and the order was opened. */
public enum Channel {
    PHONE, EMAIL, WEB, CHAT, WHATSAPP, IN_PERSON, API
}
