package dev.protocolo.export;

import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lookup.PublicOrderView;
import dev.protocolo.order.OrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * Produces the customer's copy of an order's history for back-office code (an agent answering a request for
 * the record). For a customer who found the order through {@link dev.protocolo.lookup.PublicLookup}, call
 * {@link HistoryExport#of} on the view they already have. Thread-safe.
 */
public final class HistoryExporter {
    private final ServiceDesk desk;

    private HistoryExporter(ServiceDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    public static HistoryExporter of(ServiceDesk desk) {
        return new HistoryExporter(desk);
    }

    /**
     * The export of one order, or empty if the tenant has no such order.
     *
     * @param language {@code pt-BR} or {@code en}; {@code null} for the customer's own language
     */
    public Optional<HistoryExport> export(String tenant, OrderId id, String language) {
        return desk.find(tenant, id).map(o -> HistoryExport.of(
                PublicOrderView.of(desk, o, desk.history(tenant, id), language), desk.zone()));
    }
}
