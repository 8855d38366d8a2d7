package dev.protocolo.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Points a command at an order.
 *
 * @param tenant          the tenant that owns the order; a command never crosses tenants
 * @param id              the order's key
 * @param expectedVersion the version the caller last saw, or {@code null} to act on the latest.
 *                        When given, a command against a newer version is refused with
 *                        {@link ConcurrentModificationException}.
 */
public record OrderRef(@NotBlank String tenant, @NotNull OrderId id, Long expectedVersion) {

    /** Acts on the latest version of the order. */
    public static OrderRef latest(String tenant, OrderId id) {
        return new OrderRef(tenant, id, null);
    }

    /** Acts on exactly the version in hand, refusing if someone changed the order since. */
    public static OrderRef of(ServiceOrder order) {
        return new OrderRef(order.tenant(), order.id(), order.version());
    }
}
