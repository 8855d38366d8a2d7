package dev.protocolo.order;


import dev.protocolo.customer.Customer;
import dev.protocolo.protocol.ProtocolNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A service order ("ordem de atendimento") as it is now: the state that replaying its history produces.
 *
 * <p>Immutable and thread-safe. Orders change only through {@code ServiceDesk} commands, each of which
 * produces a new instance with {@link #version()} one higher and appends one history entry, so
 * {@code version} always equals the number of history entries. The {@link Builder} exists for storage
 * adapters that rebuild orders from rows.
 *
 * @param id              storage key
 * @param tenant          owner; no query crosses tenants
 * @param protocol        the customer-facing number
 * @param type            the order type code
 * @param customer        who asked
 * @param channel         how the customer got in touch
 * @param subject         one-line summary
 * @param description     the customer's request in full, or {@code null}
 * @param priority        urgency
 * @param status          current status name in the type's lifecycle
 * @param statusCategory  that status's category, kept for queries
 * @param team            team responsible now, or {@code null}
 * @param agent           agent responsible now, or {@code null}
 * @param attributes      the type's custom attributes
 * @param openedAt        when opened
 * @param firstResponseAt first response to the customer, or {@code null}
 * @param resolvedAt      when resolved (cleared on reopen), or {@code null}
 * @param closedAt        when closed or cancelled (cleared on reopen), or {@code null}
 * @param waitUntil       while waiting: when to call back / resume, or {@code null}
 * @param resolution      the final answer, or {@code null}
 * @param sla             deadlines and pauses
 * @param updatedAt       time of the last step
 * @param version         number of applied commands (1 after opening)
 */
public record ServiceOrder(OrderId id, String tenant, ProtocolNumber protocol, String type, Customer customer,
                           Channel channel, String subject, String description, Priority priority, String status,
                           StatusCategory statusCategory, String team, String agent, Map<String, String> attributes,
                           Instant openedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
                           Instant waitUntil, String resolution, SlaState sla, Instant updatedAt, long version) {
    public ServiceOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        sla = sla == null ? SlaState.NONE : sla;
    }

    /** Whether the order is still open work (new, in progress or waiting). */
    public boolean isOpen() {
        return statusCategory.isOpen();
    }

    /** A builder pre-filled with this order's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A blank builder, for storage adapters. */
    public static Builder builder() {
        return new Builder(null);
    }

    /** Builds {@link ServiceOrder}s field by field; not thread-safe. */
    public static final class Builder {
        private OrderId id;
        private String tenant;
        private ProtocolNumber protocol;
        private String type;
        private Customer customer;
        private Channel channel;
        private String subject;
        private String description;
        private Priority priority = Priority.NORMAL;
        private String status;
        private StatusCategory statusCategory;
        private String team;
        private String agent;
        private Map<String, String> attributes = Map.of();
        private Instant openedAt;
        private Instant firstResponseAt;
        private Instant resolvedAt;
        private Instant closedAt;
        private Instant waitUntil;
        private String resolution;
        private SlaState sla = SlaState.NONE;
        private Instant updatedAt;
        private long version;

        private Builder(ServiceOrder o) {
            if (o == null) {
                return;
            }
            id = o.id; tenant = o.tenant; protocol = o.protocol; type = o.type; customer = o.customer;
            channel = o.channel; subject = o.subject; description = o.description; priority = o.priority;
            status = o.status; statusCategory = o.statusCategory; team = o.team; agent = o.agent;
            attributes = o.attributes; openedAt = o.openedAt; firstResponseAt = o.firstResponseAt;
            resolvedAt = o.resolvedAt; closedAt = o.closedAt; waitUntil = o.waitUntil; resolution = o.resolution;
            sla = o.sla; updatedAt = o.updatedAt; version = o.version;
        }

        public Builder id(OrderId v) { id = v; return this; }
        public Builder tenant(String v) { tenant = v; return this; }
        public Builder protocol(ProtocolNumber v) { protocol = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder customer(Customer v) { customer = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder subject(String v) { subject = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder priority(Priority v) { priority = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder statusCategory(StatusCategory v) { statusCategory = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder agent(String v) { agent = v; return this; }
        public Builder attributes(Map<String, String> v) { attributes = v; return this; }
        public Builder openedAt(Instant v) { openedAt = v; return this; }
        public Builder firstResponseAt(Instant v) { firstResponseAt = v; return this; }
        public Builder resolvedAt(Instant v) { resolvedAt = v; return this; }
        public Builder closedAt(Instant v) { closedAt = v; return this; }
        public Builder waitUntil(Instant v) { waitUntil = v; return this; }
        public Builder resolution(String v) { resolution = v; return this; }
        public Builder sla(SlaState v) { sla = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public ServiceOrder build() {
            return new ServiceOrder(id, tenant, protocol, type, customer, channel, subject, description, priority,
                    status, statusCategory, team, agent, attributes, openedAt, firstResponseAt, resolvedAt, closedAt,
                    waitUntil, resolution, sla, updatedAt, version);
        }
    }
}
