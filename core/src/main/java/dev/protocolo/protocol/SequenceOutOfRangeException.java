package dev.protocolo.protocol;

import dev.protocolo.ProtocoloException;

/**
 * A sequence value cannot be printed by a format: below 1, or more than the format's digits allow
 * (the series is exhausted). Immutable.
 */
public final class SequenceOutOfRangeException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    private final long sequence;
    private final long max;

    SequenceOutOfRangeException(String seriesKey, long sequence, long max) {
        super(sequence < 1
                ? "sequence " + sequence + " of series '" + seriesKey + "' is below 1"
                : "series '" + seriesKey + "' is exhausted: sequence " + sequence + " does not fit, the format allows "
                        + max + " numbers; widen the sequence or add a date part so the series restarts");
        this.sequence = sequence;
        this.max = max;
    }

    /** The value that did not fit. */
    public long sequence() {
        return sequence;
    }

    /** The largest sequence the format can print. */
    public long max() {
        return max;
    }
}
