package dev.protocolo.order;

/** Whom a waiting order waits on. */
public enum WaitingOn {
    CUSTOMER, THIRD_PARTY
}
