package dev.protocolo.lifecycle;

import dev.protocolo.ProtocoloException;

/**
 * A transition exists but its guard refused: a required field is missing, the actor lacks a role, or the
 * guard's predicate failed (e.g. the reopen window has passed). The message names the transition and rule.
 */
public final class TransitionRefusedException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final String transition;
    private final String rule;

    public TransitionRefusedException(String transition, String rule) {
        super("transition '" + transition + "' refused: " + rule);
        this.transition = transition;
        this.rule = rule;
    }

    /** The transition's name. */
    public String transition() { return transition; }

    /** The rule that refused, e.g. {@code field 'resolution' is required}. */
    public String rule() { return rule; }
}
