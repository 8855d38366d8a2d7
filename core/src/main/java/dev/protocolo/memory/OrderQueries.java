package dev.protocolo.memory;

import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.OrderQuery;
import java.util.Locale;

/** The in-memory meaning of an {@link OrderQuery}'s filters; the JDBC adapter translates the same rules to SQL. */
final class OrderQueries {
    private OrderQueries() {
    }

    static boolean matches(OrderQuery q, ServiceOrder o) {
        return o.tenant().equals(q.tenant())
                && (q.statuses().isEmpty() || q.statuses().contains(o.status()))
                && (q.categories().isEmpty() || q.categories().contains(o.statusCategory()))
                && (q.team() == null || q.team().equals(o.team()))
                && (q.type() == null || q.type().equals(o.type()))
                && (q.channel() == null || q.channel() == o.channel())
                && (q.openedFrom() == null || !o.openedAt().isBefore(q.openedFrom()))
                && (q.openedTo() == null || o.openedAt().isBefore(q.openedTo()))
                && (q.text() == null || contains(o.subject(), q.text()) || contains(o.description(), q.text()));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
