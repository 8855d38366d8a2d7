package dev.protocolo.order;

/** Whether a history entry is shown to the customer. */
public enum Visibility {
    /** Part of the customer's record: notified and exported. */
    PUBLIC,
    /** For agents only: never notified, never in the public view or export. */
    INTERNAL
}
