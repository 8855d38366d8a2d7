package dev.protocolo.lookup;

import dev.protocolo.order.OrderId;
import dev.protocolo.protocol.ProtocolNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * What a verified access token allows: reading one order of one tenant until a time. Immutable and
 * thread-safe.
 *
 * @param tenant    the order's tenant
 * @param orderId   the order's key
 * @param protocol  the order's protocol number
 * @param expiresAt the first instant at which the token is refused
 */
public record AccessGrant(String tenant, OrderId orderId, ProtocolNumber protocol, Instant expiresAt) {
    public AccessGrant {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
