package dev.protocolo.desk;

import dev.protocolo.command.Assign;
import dev.protocolo.command.Forward;
import dev.protocolo.command.InvalidCommandException;
import dev.protocolo.command.OrderCommand;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.RecordContactAttempt;
import dev.protocolo.command.Wait;
import dev.protocolo.internal.Details;
import dev.protocolo.lifecycle.GuardContext;
import dev.protocolo.lifecycle.IllegalTransitionException;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lifecycle.Transition;
import dev.protocolo.lifecycle.TransitionRefusedException;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Visibility;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks and checks the transition a command asks for, and collects the step's details. Stateless. */
final class Steps {
    private Steps() {
    }

    /** The transition to take, or a refusal naming from, to and what is allowed. */
    static Transition choose(OrderType type, ServiceOrder order, OrderCommand cmd, String named, Instant now) {
        Lifecycle lc = type.lifecycle();
        List<Transition> from = lc.transitionsFrom(order.status());
        List<Transition> candidates = from.stream()
                .filter(t -> t.action() == cmd.action())
                .filter(t -> named == null || t.name().equals(named))
                .filter(t -> !(cmd instanceof Wait w) || lc.status(t.target(order.status())).waitingOn() == w.on())
                .toList();
        if (candidates.isEmpty()) {
            String to = lc.transitions().stream().filter(t -> t.action() == cmd.action())
                    .filter(t -> named == null || t.name().equals(named))
                    .map(t -> t.target(order.status())).findFirst().orElse(null);
            throw new IllegalTransitionException(order.protocol().value(), cmd.action(), order.status(), to,
                    from.stream().map(Transition::toString).toList());
        }
        TransitionRefusedException first = null;
        for (Transition t : candidates) {
            try {
                check(t, type, order, cmd, now);
                return t;
            } catch (TransitionRefusedException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static void check(Transition t, OrderType type, ServiceOrder order, OrderCommand cmd, Instant now) {
        if (!t.rolesAllowed().isEmpty() && t.rolesAllowed().stream().noneMatch(cmd.actor().roles()::contains)) {
            throw new TransitionRefusedException(t.name(), "actor '" + cmd.actor().id() + "' needs one of roles "
                    + t.rolesAllowed());
        }
        for (String field : t.requiredFields()) {
            Object value = field(cmd, field);
            if (value == null) {
                value = order.attributes().get(field);
            }
            if (value == null || value.toString().isBlank()) {
                throw new TransitionRefusedException(t.name(), "field '" + field + "' is required");
            }
        }
        if (!t.guard().allows(new GuardContext(order, cmd, type, now))) {
            throw new TransitionRefusedException(t.name(), t.guardDescription().isEmpty()
                    ? "guard refused" : "requires " + t.guardDescription());
        }
    }

    private static Object field(OrderCommand cmd, String name) {
        for (RecordComponent rc : cmd.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return rc.getAccessor().invoke(cmd);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** Checks that need the clock or the order, beyond annotations. */
    static void validateAgainst(OrderCommand cmd, Instant now) {
        if (cmd instanceof Wait w && !w.until().isAfter(now)) {
            throw InvalidCommandException.of("Wait", "until", "Future", "must be after now (" + now + ")");
        }
    }

    /** What the step records beyond status, team and agent. */
    static Map<String, String> details(OrderCommand cmd) {
        Map<String, String> d = new LinkedHashMap<>();
        if (cmd instanceof Wait w) {
            d.put(Details.UNTIL, w.until().toString());
            d.put(Details.WAITING_ON, w.on().name());
        } else if (cmd instanceof dev.protocolo.command.Resolve r) {
            d.put(Details.RESOLUTION, r.resolution());
        } else if (cmd instanceof RecordContactAttempt c) {
            d.put(Details.OUTCOME, c.outcome().name());
            if (c.via() != null) {
                d.put(Details.VIA, c.via().name());
            }
        } else if (cmd instanceof Forward f) {
            d.put(Details.REASON, f.reason());
        } else if (cmd instanceof dev.protocolo.command.Reopen r) {
            d.put(Details.REASON, r.reason());
        } else if (cmd instanceof dev.protocolo.command.Cancel c) {
            d.put(Details.REASON, c.reason());
        } else if (cmd instanceof Reclassify r) {
            if (r.priority() != null) {
                d.put(Details.PRIORITY, r.priority().name());
            }
            if (r.type() != null && !r.type().isBlank()) {
                d.put(Details.TYPE, r.type());
            }
        } else if (cmd instanceof dev.protocolo.command.Anonymize a) {
            d.putAll(dev.protocolo.internal.Anonymization.details(a));
        }
        return d;
    }

    static String teamAfter(OrderCommand cmd, ServiceOrder order) {
        if (cmd instanceof Assign a && a.team() != null && !a.team().isBlank()) {
            return a.team();
        }
        if (cmd instanceof Forward f) {
            return f.toTeam();
        }
        return order.team();
    }

    static String agentAfter(OrderCommand cmd, ServiceOrder order, String teamAfter) {
        if (cmd instanceof Assign a) {
            if (a.agent() != null && !a.agent().isBlank()) {
                return a.agent();
            }
            return teamAfter.equals(order.team()) ? order.agent() : null;
        }
        if (cmd instanceof Forward) {
            return null;
        }
        return order.agent();
    }

    /** Notes and bookkeeping stay internal; a reassignment that keeps the status is internal too. */
    static Visibility visibility(OrderCommand cmd, String statusBefore, String statusAfter) {
        return switch (cmd.action()) {
            case NOTE, RECLASSIFY, ANONYMIZE -> Visibility.INTERNAL;
            case ASSIGN -> statusBefore.equals(statusAfter) ? Visibility.INTERNAL : Visibility.PUBLIC;
            default -> Visibility.PUBLIC;
        };
    }
}
