package dev.protocolo.customer;

import dev.protocolo.ProtocoloException;

/**
 * A {@link Customer} was refused; {@link #field()} names the component at fault. The message never
 * repeats the value (e-mail and phone are personal data). Immutable.
 */
public final class InvalidCustomerException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidCustomerException(String field, String problem) {
        super("customer." + field + ": " + problem);
        this.field = field;
    }

    /** The record component that failed, e.g. {@code email}. */
    public String field() {
        return field;
    }
}
