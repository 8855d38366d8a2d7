package dev.protocolo.dispatch;

/**
 * What one {@link NotificationDispatcher#dispatchOnce()} pass did. Immutable.
 *
 * @param claimed  entries taken from the outbox
 * @param sent     delivered and marked sent
 * @param retried  failed transiently and put back with a later retry time
 * @param dead     given up: permanent failure, no sender or renderer for the channel, or attempts exhausted
 * @param released given back untouched because the dispatcher was stopping or its lease ran out
 * @param lost     sent or failed, but the claim had meanwhile passed to another dispatcher, so the outcome
 *                 was not recorded here (the other dispatcher's attempt counts)
 */
public record DispatchSummary(int claimed, int sent, int retried, int dead, int released, int lost) {
    /** Nothing was due. */
    public static final DispatchSummary EMPTY = new DispatchSummary(0, 0, 0, 0, 0, 0);

    /** The sum of two passes. */
    public DispatchSummary plus(DispatchSummary o) {
        return new DispatchSummary(claimed + o.claimed, sent + o.sent, retried + o.retried, dead + o.dead,
                released + o.released, lost + o.lost);
    }
}
