package dev.protocolo.order;

import dev.protocolo.ProtocoloException;

/**
 * The order changed between the moment a command read it and the moment it wrote. Nothing was written;
 * reload and retry if the command still makes sense.
 */
public final class ConcurrentModificationException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final OrderId orderId;
    private final String protocol;
    private final long expectedVersion;

    public ConcurrentModificationException(OrderId orderId, String protocol, long expectedVersion) {
        super("order " + (protocol == null ? "" : protocol + " ") + "(" + orderId + ") was changed concurrently: expected version "
                + expectedVersion + " is no longer current");
        this.orderId = orderId;
        this.protocol = protocol;
        this.expectedVersion = expectedVersion;
    }

    public OrderId orderId() { return orderId; }

    /** The order's protocol number as text, when known. */
    public String protocol() { return protocol; }

    public long expectedVersion() { return expectedVersion; }
}
