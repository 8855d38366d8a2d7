package dev.protocolo.desk;

import dev.protocolo.order.OrderId;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently committed version of recently used orders, so a command that names the version it acts
 * on need not read the order first. Safe because only committed versions enter it and every write is
 * guarded by the version it read: an order changed elsewhere (another node, another desk) fails that guard
 * with a {@code ConcurrentModificationException}, exactly as if it had been read. Thread-safe; bounded (LRU).
 */
final class OrderCache {
    private final Map<OrderId, ServiceOrder> orders;

    OrderCache(int capacity) {
        this.orders = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<OrderId, ServiceOrder> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached order if it is exactly the version {@code ref} expects, in its tenant; otherwise null. */
    synchronized ServiceOrder get(OrderRef ref) {
        if (ref.expectedVersion() == null) {
            return null;
        }
        ServiceOrder o = orders.get(ref.id());
        return o != null && o.version() == ref.expectedVersion() && o.tenant().equals(ref.tenant()) ? o : null;
    }

    /** Records a committed version, unless a newer one is already known. */
    synchronized void put(ServiceOrder o) {
        orders.merge(o.id(), o, (old, neu) -> neu.version() >= old.version() ? neu : old);
    }
}
