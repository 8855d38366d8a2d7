package dev.protocolo.spi;

import dev.protocolo.customer.TaxId;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolNumber;
import java.util.List;
import java.util.Optional;

/**
 * Port: durable orders and their append-only history. Writes are called inside a {@link UnitOfWork};
 * every read is scoped to one tenant and never returns another tenant's data. Implementations must be
 * thread-safe.
 */
public interface OrderStore {
    /** Stores a new order (version 1) and its opening entry. */
    void insert(ServiceOrder order, HistoryEntry opening);

    /**
     * Replaces the order if its stored version is still {@code expectedVersion}, and appends {@code entry}.
     *
     * @throws dev.protocolo.order.ConcurrentModificationException if the stored version differs; nothing is written
     */
    void update(ServiceOrder order, long expectedVersion, HistoryEntry entry);

    Optional<ServiceOrder> findById(String tenant, OrderId id);

    /** Exact match on the canonical protocol number. */
    Optional<ServiceOrder> findByProtocol(String tenant, ProtocolNumber protocol);

    /** The order's history in sequence order; empty if the order does not exist in the tenant. */
    List<HistoryEntry> history(String tenant, OrderId id);

    /** The customer's orders: open ones first, then newest first. */
    List<ServiceOrder> findByTaxId(String tenant, TaxId taxId, int limit);

    /** Orders of the customer with that host id: open ones first, then newest first. */
    List<ServiceOrder> findByCustomer(String tenant, String customerExternalId, int limit);

    /** A filtered page in a stable order (newest first), continuing after the query's cursor. */
    Page<ServiceOrder> search(OrderQuery query);
}
