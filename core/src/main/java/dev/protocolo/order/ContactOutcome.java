package dev.protocolo.order;

/** The result of an attempt to reach the customer. */
public enum ContactOutcome {
    REACHED, NOT_REACHED
}
