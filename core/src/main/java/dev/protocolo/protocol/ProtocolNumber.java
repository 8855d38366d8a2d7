package dev.protocolo.protocol;

import java.util.Objects;

/**
 * A protocol number as the customer sees it, in its canonical printed form (e.g. {@code 2026000123-8}).
 * It identifies an order to people; it is never the database key and never, on its own, a credential.
 */
public record ProtocolNumber(String value) {
    public ProtocolNumber {
        Objects.requireNonNull(value, "value");
    }

    @Override public String toString() { return value; }
}
