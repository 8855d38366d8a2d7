package dev.protocolo.order;

import dev.protocolo.ProtocoloException;

/** No order with that id exists in that tenant. */
public final class OrderNotFoundException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(String tenant, Object key) {
        super("no order " + key + " in tenant '" + tenant + "'");
    }
}
