package dev.protocolo.desk;

import dev.protocolo.command.InvalidCommandException;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.OrderCommand;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.Violation;
import dev.protocolo.internal.Details;
import dev.protocolo.internal.OrderEvolution;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lifecycle.Transition;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationContext;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.OrderNotFoundException;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Visibility;
import dev.protocolo.protocol.ProtocolContext;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.protocol.ProtocolNumber;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs commands: validate, decide, write in one unit of work, then publish. Thread-safe. */
final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceDesk.class);

    private final DeskConfig c;

    CommandRunner(DeskConfig config) {
        this.c = config;
    }

    ServiceOrder open(OpenOrder cmd) {
        validate(cmd, "OpenOrder");
        OrderType type = c.type(cmd.type());
        List<Violation> missing = new ArrayList<>();
        for (String attr : type.requiredAttributes()) {
            String v = cmd.attributes().get(attr);
            if (v == null || v.isBlank()) {
                missing.add(new Violation("attributes." + attr, "Required", "is required by order type '" + type.code() + "'"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException("OpenOrder", missing);
        }
        String team = cmd.team() != null ? cmd.team() : type.defaultTeam().orElse(null);
        requireKnownTeam("OpenOrder", "team", team);
        Instant now = c.clock().instant();
        Lifecycle lc = type.lifecycle();
        OrderId id = new OrderId(UUID.randomUUID());
        Event event = c.unitOfWork().execute(() -> {
            ProtocolFormat format = c.format(type);
            ProtocolContext ctx = new ProtocolContext(cmd.tenant(), type.code(), LocalDate.ofInstant(now, c.zone()));
            // Formats that share tenant and period but differ in layout get separate counters.
            String series = format.seriesKey(ctx) + "|" + format.pattern();
            ProtocolNumber protocol = format.format(ctx, c.sequence().next(series));
            Map<String, String> d = new LinkedHashMap<>();
            d.put(Details.TENANT, cmd.tenant());
            d.put(Details.PROTOCOL, protocol.value());
            d.put(Details.TYPE, type.code());
            d.put(Details.CHANNEL, cmd.channel().name());
            d.put(Details.SUBJECT, cmd.subject());
            d.put(Details.DESCRIPTION, Details.emptyIfNull(cmd.description()));
            d.put(Details.PRIORITY, cmd.priority().name());
            Details.putCustomer(d, cmd.customer());
            cmd.attributes().forEach((k, v) -> d.put(Details.ATTRIBUTE_PREFIX + k, v));
            SlaBook.onOpen(type, cmd.priority(), now, d);
            String initial = lc.initialStatus().name();
            HistoryEntry entry = new HistoryEntry(id, 1, Action.OPEN, null, cmd.actor(), now, null, initial, null,
                    team, null, null, cmd.description(), null, Visibility.PUBLIC, d);
            ServiceOrder order = OrderEvolution.apply(lc, null, entry);
            // Everything that can fail without writing comes before the first write.
            List<Notification> notifications = c.policy().notificationsFor(
                    new NotificationContext(null, order, entry, type, code -> c.team(code).name(), c.zone()));
            c.store().insert(order, entry);
            c.outbox().enqueue(notifications);
            Event e = new Event(null, order, entry);
            c.unitOfWork().afterCommit(() -> committed(e));
            return e;
        });
        return event.after;
    }

    ServiceOrder execute(OrderCommand cmd, String transitionName) {
        validate(cmd, cmd.getClass().getSimpleName());
        Instant now = c.clock().instant();
        Steps.validateAgainst(cmd, now);
        Event event = c.unitOfWork().execute(() -> {
            OrderRef ref = cmd.order();
            ServiceOrder cached = c.cache() == null ? null : c.cache().get(ref);
            ServiceOrder order = cached != null ? cached : c.store().findById(ref.tenant(), ref.id())
                    .orElseThrow(() -> new OrderNotFoundException(ref.tenant(), ref.id()));
            if (ref.expectedVersion() != null && ref.expectedVersion() != order.version()) {
                throw new ConcurrentModificationException(order.id(), order.protocol().value(), ref.expectedVersion());
            }
            OrderType type = c.type(order.type());
            Transition t = Steps.choose(type, order, cmd, transitionName, now);
            String teamAfter = Steps.teamAfter(cmd, order);
            requireKnownTeam(cmd.getClass().getSimpleName(), "team", teamAfter);
            String statusAfter = t.target(order.status());
            Map<String, String> d = Steps.details(cmd);
            Priority priorityAfter = cmd instanceof Reclassify r && r.priority() != null ? r.priority() : order.priority();
            OrderType typeAfter = cmd instanceof Reclassify r ? newType(r, type) : type;
            StatusCategory categoryAfter = type.lifecycle().status(statusAfter).category();
            Visibility visibility = Steps.visibility(cmd, order.status(), statusAfter);
            SlaBook.onStep(type, typeAfter, order, categoryAfter, priorityAfter, now, d,
                    () -> c.store().history(order.tenant(), order.id()));
            SlaBook.nextUpdate(typeAfter, order, categoryAfter, priorityAfter, now,
                    visibility == Visibility.PUBLIC && cmd.actor().kind() != Actor.Kind.CUSTOMER, d);
            HistoryEntry entry = new HistoryEntry(order.id(), order.version() + 1, cmd.action(), t.name(), cmd.actor(),
                    now, order.status(), statusAfter, order.team(), teamAfter, order.agent(),
                    Steps.agentAfter(cmd, order, teamAfter), cmd.publicMessage(), cmd.internalNote(), visibility, d);
            ServiceOrder next = OrderEvolution.apply(type.lifecycle(), order, entry);
            List<Notification> notifications = c.policy().notificationsFor(
                    new NotificationContext(order, next, entry, type, code -> c.team(code).name(), c.zone()));
            c.store().update(next, order.version(), entry);
            c.outbox().enqueue(notifications);
            Event e = new Event(order, next, entry);
            c.unitOfWork().afterCommit(() -> committed(e));
            return e;
        });
        return event.after;
    }

    /** The type a reclassification moves to; it must share the lifecycle so the history stays replayable. */
    private OrderType newType(Reclassify r, OrderType current) {
        if (r.type() == null || r.type().isBlank() || r.type().equals(current.code())) {
            return current;
        }
        OrderType next = c.type(r.type());
        if (next.lifecycle() != current.lifecycle()) {
            throw InvalidCommandException.of("Reclassify", "type", "SameLifecycle", "order type '" + next.code()
                    + "' has lifecycle '" + next.lifecycle().name() + "', not '" + current.lifecycle().name() + "'");
        }
        return next;
    }

    private void requireKnownTeam(String command, String field, String team) {
        if (team != null && !c.teams().isEmpty() && !c.teams().containsKey(team)) {
            throw InvalidCommandException.of(command, field, "KnownTeam", "'" + team + "' is not a registered team "
                    + new java.util.TreeSet<>(c.teams().keySet()));
        }
    }

    private void validate(Object cmd, String name) {
        Set<ConstraintViolation<Object>> violations = c.validator().validate(cmd);
        if (!violations.isEmpty()) {
            List<Violation> list = violations.stream().map(v -> new Violation(
                    v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage())).toList();
            throw new InvalidCommandException(name, list);
        }
    }

    private void committed(Event e) {
        if (c.cache() != null) {
            c.cache().put(e.after);
        }
        publish(e);
    }

    private void publish(Event e) {
        OrderEvent event = new OrderEvent(e.before, e.after, e.entry);
        for (OrderEventListener l : c.listeners()) {
            try {
                l.onEvent(event);
            } catch (RuntimeException ex) {
                LOG.warn("order event listener {} failed on {} of order {}", l, e.entry.action(), e.after.protocol(), ex);
            }
        }
    }

    private record Event(ServiceOrder before, ServiceOrder after, HistoryEntry entry) {
    }
}
