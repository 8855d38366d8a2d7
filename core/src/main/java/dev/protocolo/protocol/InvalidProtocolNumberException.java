package dev.protocolo.protocol;

import dev.protocolo.ProtocoloException;

/**
 * What a person typed is not a protocol number of the expected format. {@link #reason()} tells
 * which rule failed so a screen can say it in its own words; {@link #position()} points into the
 * typed text where that makes sense. Immutable.
 */
public final class InvalidProtocolNumberException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    /** Which rule the typed text broke. */
    public enum Reason {
        /** Too few or too many significant characters (separators are not counted). */
        WRONG_LENGTH,
        /** A character that cannot appear at all, or a letter where a digit is expected. */
        UNEXPECTED_CHARACTER,
        /** The fixed text of the format (prefix, operator code) is not there. */
        LITERAL_MISMATCH,
        /** The date parts name a day that does not exist, e.g. 2026-02-30. */
        INVALID_DATE,
        /** The check digit does not match: most often one digit mistyped or two swapped. */
        WRONG_CHECK_DIGIT
    }

    private final Reason reason;
    private final int position;

    InvalidProtocolNumberException(Reason reason, int position, String message) {
        super(message);
        this.reason = reason;
        this.position = position;
    }

    /** The rule that failed. */
    public Reason reason() {
        return reason;
    }

    /** The 0-based position in the typed text of the first offending character, or -1. */
    public int position() {
        return position;
    }
}
