package dev.protocolo.desk;

import dev.protocolo.ProtocoloException;
import java.util.Set;
import java.util.TreeSet;

/** A command named an order type the desk does not know. */
public final class UnknownOrderTypeException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public UnknownOrderTypeException(String code, Set<String> known) {
        super("unknown order type '" + code + "'; known types: " + new TreeSet<>(known));
    }
}
