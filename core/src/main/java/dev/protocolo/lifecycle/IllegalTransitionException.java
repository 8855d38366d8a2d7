package dev.protocolo.lifecycle;

import dev.protocolo.order.Action;
import dev.protocolo.ProtocoloException;
import java.util.List;

/**
 * A command asked for a move the lifecycle does not allow from the order's current status.
 * Carries the current status, the action, the intended target (when the lifecycle has one for that
 * action) and the transitions that are allowed from the current status.
 */
public final class IllegalTransitionException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final String from;
    private final String to;
    private final Action action;
    private final List<String> allowed;

    public IllegalTransitionException(String protocol, Action action, String from, String to, List<String> allowed) {
        super("order " + protocol + ": " + action + " is not allowed from status '" + from + "'"
                + (to == null ? "" : " (to '" + to + "')") + "; allowed from '" + from + "': " + allowed);
        this.from = from;
        this.to = to;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    /** The order's status when the command arrived. */
    public String from() { return from; }

    /** The status the action would lead to, or {@code null} if the lifecycle has none for it. */
    public String to() { return to; }

    /** The refused action. */
    public Action action() { return action; }

    /** Descriptions of the transitions allowed from {@link #from()}. */
    public List<String> allowed() { return allowed; }
}
