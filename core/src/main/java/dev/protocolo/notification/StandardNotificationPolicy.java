package dev.protocolo.notification;

import dev.protocolo.customer.NotificationChannel;

import dev.protocolo.customer.Customer;
import dev.protocolo.order.Action;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The default {@link NotificationPolicy}: tells the customer at opening and at every public step, on each
 * configured channel (e-mail and SMS by default) for which the customer has an address and has not opted
 * out. A channel without address or with an opt-out yields a {@link NotificationStatus#SKIPPED} entry, so
 * "was the customer told?" always has an answer. Internal steps never reach the customer. Optionally a
 * webhook receives every public step, and the responsible team or agent is told of assignments and
 * forwards. Immutable and thread-safe.
 */
public final class StandardNotificationPolicy implements NotificationPolicy {
    private static final Set<Action> CUSTOMER_EVENTS = EnumSet.of(Action.OPEN, Action.ASSIGN, Action.FORWARD,
            Action.REPLY, Action.CONTACT_ATTEMPT, Action.WAIT, Action.RESUME, Action.RESOLVE, Action.CLOSE,
            Action.REOPEN, Action.CANCEL);

    private final Set<NotificationChannel> customerChannels;
    private final Map<String, Set<NotificationChannel>> channelsByType;
    private final Set<Action> events;
    private final String webhookUrl;
    private final StaffDirectory staff;

    private StandardNotificationPolicy(Builder b) {
        this.customerChannels = Set.copyOf(b.customerChannels);
        this.channelsByType = Map.copyOf(b.channelsByType);
        this.events = Set.copyOf(b.events);
        this.webhookUrl = b.webhookUrl;
        this.staff = b.staff;
    }

    /** E-mail and SMS to the customer on every public step. */
    public static StandardNotificationPolicy standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Notification> notificationsFor(NotificationContext ctx) {
        HistoryEntry entry = ctx.entry();
        ServiceOrder order = ctx.after();
        List<Notification> out = new ArrayList<>();
        if (entry.isPublic() && events.contains(entry.action())) {
            Customer c = order.customer();
            Map<String, String> data = data(ctx);
            for (NotificationChannel ch : channelsByType.getOrDefault(order.type(), customerChannels)) {
                String address = ch == NotificationChannel.EMAIL ? c.email()
                        : ch == NotificationChannel.SMS || ch == NotificationChannel.WHATSAPP ? c.mobilePhone() : null;
                String skip = c.optOuts().contains(ch) ? "customer opted out of " + ch
                        : address == null || address.isBlank() ? "customer has no address for " + ch : null;
                out.add(create(ctx, Audience.CUSTOMER, ch, skip == null ? address : null, c.language(), data, skip));
            }
            if (webhookUrl != null) {
                out.add(create(ctx, Audience.CUSTOMER, NotificationChannel.WEBHOOK, webhookUrl, c.language(), data, null));
            }
        }
        if (staff != null && (entry.action() == Action.ASSIGN || entry.action() == Action.FORWARD)) {
            Map<String, String> data = data(ctx);
            if (entry.agentAfter() != null && !entry.agentAfter().equals(entry.agentBefore())) {
                out.add(staffNotification(ctx, Audience.AGENT, entry.agentAfter(), data));
            } else if (entry.teamAfter() != null && !entry.teamAfter().equals(entry.teamBefore())) {
                out.add(staffNotification(ctx, Audience.TEAM, entry.teamAfter(), data));
            }
        }
        return out;
    }

    private Notification staffNotification(NotificationContext ctx, Audience audience, String id, Map<String, String> data) {
        String address = staff.emailOf(audience, id);
        boolean known = address != null && !address.isBlank();
        return create(ctx, audience, NotificationChannel.EMAIL, known ? address : null, "pt-BR", data,
                known ? null : "no e-mail address for " + audience.name().toLowerCase(java.util.Locale.ROOT) + " '" + id + "'");
    }

    private static Map<String, String> data(NotificationContext ctx) {
        ServiceOrder o = ctx.after();
        HistoryEntry e = ctx.entry();
        Lifecycle lc = ctx.lifecycle();
        String lang = o.customer().language();
        Map<String, String> d = new LinkedHashMap<>();
        d.put(NotificationData.PROTOCOL, o.protocol().value());
        d.put(NotificationData.CUSTOMER_NAME, o.customer().name());
        d.put(NotificationData.SUBJECT, o.subject());
        d.put(NotificationData.ORDER_TYPE, ctx.type().name());
        d.put(NotificationData.STEP, e.action().name());
        d.put(NotificationData.STATUS, lc.status(o.status()).label(lang));
        if (e.statusBefore() != null) {
            d.put(NotificationData.PREVIOUS_STATUS, lc.status(e.statusBefore()).label(lang));
        }
        if (o.team() != null) {
            d.put(NotificationData.TEAM, ctx.teamNames().apply(o.team()));
        }
        if (e.publicMessage() != null) {
            d.put(NotificationData.MESSAGE, e.publicMessage());
        }
        if (o.waitUntil() != null) {
            d.put(NotificationData.WAIT_UNTIL, o.waitUntil().toString());
        }
        if (o.sla().resolutionDueAt() != null) {
            d.put(NotificationData.DUE_AT, o.sla().resolutionDueAt().toString());
        }
        if (o.channel() != null) {
            d.put(NotificationData.CHANNEL, o.channel().name());
        }
        String outcome = e.details().get(NotificationData.OUTCOME);
        if (outcome != null) {
            d.put(NotificationData.OUTCOME, outcome);
        }
        d.put(NotificationData.ZONE, ctx.zone().getId());
        return d;
    }

    private static Notification create(NotificationContext ctx, Audience audience, NotificationChannel channel,
                                       String recipient, String language, Map<String, String> data, String skipReason) {
        ServiceOrder o = ctx.after();
        String key = o.id() + ":" + o.version() + ":" + audience + ":" + channel;
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        NotificationStatus status = skipReason == null ? NotificationStatus.PENDING : NotificationStatus.SKIPPED;
        return new Notification(id, o.tenant(), o.id(), o.protocol().value(), o.version(), ctx.entry().action(),
                audience, channel, recipient, language, data, key, status, 0, ctx.entry().at(),
                skipReason == null ? ctx.entry().at() : null, null, skipReason, null, null);
    }

    /** Configures a {@link StandardNotificationPolicy}; not thread-safe. */
    public static final class Builder {
        private final Set<NotificationChannel> customerChannels = EnumSet.of(NotificationChannel.EMAIL, NotificationChannel.SMS);
        private final Map<String, Set<NotificationChannel>> channelsByType = new HashMap<>();
        private final Set<Action> events = EnumSet.copyOf(CUSTOMER_EVENTS);
        private String webhookUrl;
        private StaffDirectory staff;

        private Builder() {
        }

        /** Channels used to tell the customer (default e-mail and SMS). */
        public Builder customerChannels(NotificationChannel... channels) {
            customerChannels.clear();
            customerChannels.addAll(List.of(channels));
            return this;
        }

        /** Channels for one order type, replacing the default for it. */
        public Builder channelsFor(String orderType, NotificationChannel... channels) {
            channelsByType.put(orderType, Set.of(channels));
            return this;
        }

        /** Steps that notify the customer (default: opening and every public step). */
        public Builder events(Action... actions) {
            events.clear();
            events.addAll(List.of(actions));
            return this;
        }

        /** Posts every public step to this URL too. */
        public Builder webhook(String url) {
            this.webhookUrl = url;
            return this;
        }

        /**
         * Tells the newly responsible agent (or, when no agent is named, team) by e-mail when an order is
         * assigned or forwarded, at the address {@code directory} gives; unknown addresses are recorded as skipped.
         */
        public Builder notifyResponsible(StaffDirectory directory) {
            this.staff = java.util.Objects.requireNonNull(directory);
            return this;
        }

        public StandardNotificationPolicy build() {
            return new StandardNotificationPolicy(this);
        }
    }
}
