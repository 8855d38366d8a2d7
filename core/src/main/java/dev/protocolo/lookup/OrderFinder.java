package dev.protocolo.lookup;

import dev.protocolo.customer.TaxId;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.Page;
import dev.protocolo.spi.PageCursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agent lookups: finds orders again by protocol, by CPF/CNPJ, by the host's customer id or by text, always
 * inside one tenant, and returns {@link OrderSummary} rows.
 *
 * <p>A protocol number typed by a person is parsed by the desk's formats first, so a mistyped digit fails with
 * the format's check-digit error instead of silently showing someone else's order. Lists by customer put open
 * orders first, then the newest. Each row reads the order's last history entry (one extra store read per row),
 * which is why list sizes are bounded.
 *
 * <p>Not for customers: a protocol number alone is not a credential; see {@link PublicLookup}.
 * Thread-safe; holds only the desk and a language.
 */
public final class OrderFinder {
    private final ServiceDesk desk;
    private final String language;

    private OrderFinder(ServiceDesk desk, String language) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** A finder labelling statuses in {@value Status#DEFAULT_LANGUAGE}. */
    public static OrderFinder of(ServiceDesk desk) {
        return new OrderFinder(desk, Status.DEFAULT_LANGUAGE);
    }

    /** The same finder with status labels in {@code language} ({@code pt-BR} or {@code en}). */
    public OrderFinder language(String language) {
        return new OrderFinder(desk, language);
    }

    /**
     * The order with the protocol number a person typed.
     *
     * @throws dev.protocolo.ProtocoloException (the format's own subclass) when no format accepts the text,
     *         e.g. because its check digit does not match; no lookup is made then
     */
    public Optional<OrderSummary> byProtocol(String tenant, String typed) {
        Objects.requireNonNull(tenant, "tenant");
        return desk.findByProtocol(tenant, typed).map(this::summarize);
    }

    /**
     * The customer's orders, open ones first, then newest first.
     *
     * @param typedTaxId CPF or CNPJ with or without punctuation
     * @throws dev.protocolo.ProtocoloException when the text is not a valid CPF/CNPJ
     */
    public List<OrderSummary> byTaxId(String tenant, String typedTaxId, int limit) {
        TaxId taxId = TaxId.parse(typedTaxId);
        return desk.store().findByTaxId(tenant, taxId, checkLimit(limit)).stream().map(this::summarize).toList();
    }

    /** Orders of the customer with that host id, open ones first, then newest first. */
    public List<OrderSummary> byCustomer(String tenant, String customerExternalId, int limit) {
        Objects.requireNonNull(customerExternalId, "customerExternalId");
        return desk.store().findByCustomer(tenant, customerExternalId, checkLimit(limit)).stream()
                .map(this::summarize).toList();
    }

    /** Orders whose subject or description contains {@code text} (case-insensitive), newest first, by pages. */
    public Page<OrderSummary> byText(String tenant, String text, PageCursor after, int limit) {
        Objects.requireNonNull(text, "text");
        return search(OrderQuery.all(tenant, limit).withText(text).after(after));
    }

    /** Any filtered page; pass the returned page's {@link Page#next()} to {@link OrderQuery#after} for more. */
    public Page<OrderSummary> search(OrderQuery query) {
        Page<ServiceOrder> page = desk.store().search(query);
        return new Page<>(page.items().stream().map(this::summarize).toList(), page.next());
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
        return limit;
    }

    private OrderSummary summarize(ServiceOrder o) {
        List<HistoryEntry> history = desk.history(o.tenant(), o.id());
        HistoryEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
        String statusLabel = desk.type(o.type()).lifecycle().findStatus(o.status())
                .map(s -> s.label(language)).orElse(o.status());
        return new OrderSummary(o.id(), o.protocol(), o.type(), desk.type(o.type()).name(), o.status(), statusLabel,
                o.statusCategory(), o.team(), o.team() == null ? null : desk.team(o.team()).name(), o.agent(),
                o.customer() == null ? null : o.customer().name(), o.subject(), o.openedAt(),
                last == null ? null : last.action(), last == null ? o.updatedAt() : last.at(),
                o.sla().resolutionDueAt());
    }
}
