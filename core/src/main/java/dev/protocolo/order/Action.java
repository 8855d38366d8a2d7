package dev.protocolo.order;

/**
 * What a command or a history entry does. Every transition of a {@link Lifecycle} is triggered by
 * exactly one action; {@link #OPEN} creates the order in the lifecycle's initial status.
 */
public enum Action {
    OPEN, ASSIGN, FORWARD, REPLY, NOTE, CONTACT_ATTEMPT, WAIT, RESUME, RESOLVE, CLOSE, REOPEN, CANCEL,
    /** Priority or order type changed; deadlines are recomputed. */
    RECLASSIFY,
    /** Personal data removed after the retention period. */
    ANONYMIZE
}
