package dev.protocolo.order;

import java.util.Objects;
import java.util.UUID;

/** The storage key of an order. Never shown to customers; they get the {@code ProtocolNumber}. */
public record OrderId(UUID value) {
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the canonical UUID text. */
    public static OrderId parse(String text) {
        return new OrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
