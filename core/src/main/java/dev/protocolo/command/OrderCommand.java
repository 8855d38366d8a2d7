package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;

/**
 * A command on an existing order. Each applied command appends exactly one history entry; a refused one
 * changes nothing. Implementations are immutable records validated with Jakarta Validation.
 */
public sealed interface OrderCommand permits Assign, Forward, AddReply, AddNote, RecordContactAttempt, Wait, Resume,
        Resolve, Close, Reopen, Cancel, Reclassify, Anonymize {
    /** The order the command acts on. */
    OrderRef order();

    /** Who acts. */
    Actor actor();

    /** What kind of step this is. */
    Action action();

    /** Text for the customer, or {@code null}. */
    default String publicMessage() {
        return null;
    }

    /** Text for agents only, or {@code null}. */
    default String internalNote() {
        return null;
    }
}
