package dev.protocolo.protocol;

import dev.protocolo.ProtocoloException;

/**
 * A protocol format cannot be defined or cannot be applied: a malformed pattern, an impossible part
 * list, or a context value (tenant code, year) that does not fit the format. Immutable.
 */
public final class ProtocolFormatException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    private final int position;

    /** A problem not tied to a place in a pattern string. */
    public ProtocolFormatException(String message) {
        super(message);
        this.position = -1;
    }

    /** A problem at {@code position} (0-based) of {@code pattern}. */
    public ProtocolFormatException(String pattern, int position, String problem) {
        super("malformed protocol pattern \"" + pattern + "\" at position " + position + ": " + problem);
        this.position = position;
    }

    /** The 0-based position in the pattern where the problem was found, or -1 if none applies. */
    public int position() {
        return position;
    }
}
