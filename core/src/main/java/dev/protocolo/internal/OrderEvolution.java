package dev.protocolo.internal;

import dev.protocolo.order.StatusCategory;

import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.customer.TaxId;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.order.Action;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.SlaState;
import dev.protocolo.protocol.ProtocolNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one function that turns (order, history entry) into the next order. Commands use it to produce
 * their result and replay uses it to rebuild an order from its history, so both always agree.
 * Everything an entry changes beyond status, team and agent is in its {@link HistoryEntry#details()}.
 * Stateless and thread-safe.
 */
public final class OrderEvolution {
    private static final Set<Action> FIRST_RESPONSES = EnumSet.of(Action.REPLY, Action.WAIT, Action.RESOLVE);

    private OrderEvolution() {
    }

    /** Replays a complete history (sequence 1..n) into the order it describes. */
    public static ServiceOrder replay(Lifecycle lifecycle, List<HistoryEntry> history) {
        ServiceOrder order = null;
        for (HistoryEntry e : history) {
            order = apply(lifecycle, order, e);
        }
        if (order == null) {
            throw new IllegalArgumentException("an empty history describes no order");
        }
        return order;
    }

    /** The order after {@code entry}; {@code before} is {@code null} for the opening entry. */
    public static ServiceOrder apply(Lifecycle lifecycle, ServiceOrder before, HistoryEntry e) {
        Map<String, String> d = e.details();
        Status status = lifecycle.status(e.statusAfter());
        ServiceOrder.Builder b;
        if (e.action() == Action.OPEN) {
            b = ServiceOrder.builder()
                    .id(e.orderId())
                    .tenant(d.get(Details.TENANT))
                    .protocol(new ProtocolNumber(d.get(Details.PROTOCOL)))
                    .type(d.get(Details.TYPE))
                    .channel(Channel.valueOf(d.get(Details.CHANNEL)))
                    .openedAt(e.at());
        } else {
            if (before == null || e.sequence() != before.version() + 1) {
                throw new IllegalArgumentException("entry " + e.sequence() + " does not follow version "
                        + (before == null ? "none" : before.version()));
            }
            b = before.toBuilder();
        }
        b.status(status.name()).statusCategory(status.category()).team(e.teamAfter()).agent(e.agentAfter())
                .updatedAt(e.at()).version(e.sequence());
        overrides(b, before, d);
        switch (e.action()) {
            case WAIT -> b.waitUntil(Instant.parse(d.get(Details.UNTIL)));
            case RESOLVE -> b.resolvedAt(e.at()).resolution(d.get(Details.RESOLUTION)).waitUntil(null);
            case CLOSE, CANCEL -> b.closedAt(e.at()).waitUntil(null);
            case REOPEN -> b.resolvedAt(null).closedAt(null).resolution(null).waitUntil(null);
            default -> { }
        }
        if (e.action() == Action.RESUME || (before != null && before.waitUntil() != null
                && status.category() != dev.protocolo.order.StatusCategory.WAITING)) {
            b.waitUntil(null);
        }
        if ((before == null || before.firstResponseAt() == null) && isFirstResponse(e)) {
            b.firstResponseAt(e.at());
        }
        return b.build();
    }

    private static boolean isFirstResponse(HistoryEntry e) {
        if (e.actor().kind() == dev.protocolo.order.Actor.Kind.CUSTOMER) {
            return false;
        }
        return FIRST_RESPONSES.contains(e.action()) || (e.action() == Action.CONTACT_ATTEMPT
                && ContactOutcome.REACHED.name().equals(e.details().get(Details.OUTCOME)));
    }

    /** Applies the fields an entry sets explicitly: opening values, reclassification, anonymization, SLA. */
    private static void overrides(ServiceOrder.Builder b, ServiceOrder before, Map<String, String> d) {
        if (d.containsKey(Details.TYPE)) {
            b.type(d.get(Details.TYPE));
        }
        if (d.containsKey(Details.SUBJECT)) {
            b.subject(d.get(Details.SUBJECT));
        }
        if (d.containsKey(Details.DESCRIPTION)) {
            b.description(Details.nullIfEmpty(d.get(Details.DESCRIPTION)));
        }
        if (d.containsKey(Details.PRIORITY)) {
            b.priority(Priority.valueOf(d.get(Details.PRIORITY)));
        }
        if (d.containsKey(Details.CUSTOMER_EXTERNAL_ID)) {
            b.customer(customer(d));
        }
        Map<String, String> attributes = null;
        for (Map.Entry<String, String> kv : d.entrySet()) {
            if (kv.getKey().startsWith(Details.ATTRIBUTE_PREFIX)) {
                if (attributes == null) {
                    attributes = new HashMap<>(before == null ? Map.of() : before.attributes());
                }
                String name = kv.getKey().substring(Details.ATTRIBUTE_PREFIX.length());
                if (kv.getValue().isEmpty()) {
                    attributes.remove(name);
                } else {
                    attributes.put(name, kv.getValue());
                }
            }
        }
        if (attributes != null) {
            b.attributes(attributes);
        }
        if (d.keySet().stream().anyMatch(k -> k.startsWith(Details.SLA_PREFIX))) {
            SlaState s = before == null ? SlaState.NONE : before.sla();
            b.sla(new SlaState(
                    instant(d, Details.SLA_FIRST_RESPONSE_DUE, s.firstResponseDueAt()),
                    instant(d, Details.SLA_RESOLUTION_DUE, s.resolutionDueAt()),
                    instant(d, Details.SLA_RESOLUTION_WARN, s.resolutionWarnAt()),
                    instant(d, Details.SLA_NEXT_UPDATE_DUE, s.nextUpdateDueAt()),
                    instant(d, Details.SLA_PAUSED_SINCE, s.pausedSince()),
                    d.containsKey(Details.SLA_PAUSED_TOTAL) ? Duration.parse(d.get(Details.SLA_PAUSED_TOTAL)) : s.pausedTotal()));
        }
    }

    private static Instant instant(Map<String, String> d, String key, Instant otherwise) {
        if (!d.containsKey(key)) {
            return otherwise;
        }
        String v = d.get(key);
        return v.isEmpty() ? null : Instant.parse(v);
    }

    private static Customer customer(Map<String, String> d) {
        String taxId = Details.nullIfEmpty(d.get(Details.CUSTOMER_TAX_ID));
        String optOuts = d.getOrDefault(Details.CUSTOMER_OPT_OUTS, "");
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        for (String c : optOuts.split(",")) {
            if (!c.isBlank()) {
                channels.add(NotificationChannel.valueOf(c.trim()));
            }
        }
        return new Customer(d.get(Details.CUSTOMER_EXTERNAL_ID), d.get(Details.CUSTOMER_NAME),
                taxId == null ? null : TaxId.parse(taxId), Details.nullIfEmpty(d.get(Details.CUSTOMER_EMAIL)),
                Details.nullIfEmpty(d.get(Details.CUSTOMER_PHONE)), Details.nullIfEmpty(d.get(Details.CUSTOMER_LANGUAGE)),
                channels);
    }

}
