package dev.protocolo.retention;

import dev.protocolo.command.Anonymize;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.internal.Anonymization;
import dev.protocolo.internal.Details;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.RetentionStore;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Anonymizes orders whose retention period is over. Call {@link #sweep} from the host's scheduler (daily is
 * plenty); it starts no threads. Each order is anonymized and its history redacted in one unit of work, so a
 * failure leaves the order untouched and the next sweep retries it. Several nodes may sweep at once: the
 * command pins the order's version, so the loser of a race gets a concurrent-modification refusal, which the
 * sweep skips. Thread-safe.
 */
public final class RetentionSweeper {
    private static final Actor SWEEPER = Actor.system("retention");

    private final ServiceDesk desk;
    private final RetentionPolicy policy;
    private final RetentionStore store;

    private RetentionSweeper(ServiceDesk desk, RetentionPolicy policy, RetentionStore store) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A sweeper over the desk's own store.
     *
     * @throws IllegalArgumentException if the desk's store does not implement {@link RetentionStore}
     */
    public static RetentionSweeper of(ServiceDesk desk, RetentionPolicy policy) {
        if (!(desk.store() instanceof RetentionStore r)) {
            throw new IllegalArgumentException("the desk's store " + desk.store().getClass().getName()
                    + " does not implement RetentionStore");
        }
        return new RetentionSweeper(desk, policy, r);
    }

    /**
     * Anonymizes up to {@code limit} eligible orders of {@code tenant} (type by type, oldest first) and returns
     * their ids. An order is eligible when it is finished and its end (closing, else resolution) plus its type's
     * period, counted in the desk's zone, is before now.
     */
    public List<OrderId> sweep(String tenant, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Instant now = desk.clock().instant();
        List<OrderId> done = new ArrayList<>();
        for (OrderType type : desk.types()) {
            Optional<Period> period = policy.periodFor(type.code());
            if (period.isEmpty() || done.size() >= limit) {
                continue;
            }
            Instant endedBefore = now.atZone(desk.zone()).minus(period.get()).toInstant();
            for (OrderId id : store.expired(tenant, type.code(), endedBefore, limit - done.size())) {
                if (anonymize(tenant, id, period.get())) {
                    done.add(id);
                }
            }
        }
        return done;
    }

    private boolean anonymize(String tenant, OrderId id, Period period) {
        try {
            return desk.unitOfWork().execute(() -> {
                Optional<ServiceOrder> found = desk.find(tenant, id);
                if (found.isEmpty() || found.get().isOpen()) {
                    return false;
                }
                Anonymize cmd = Anonymize.of(found.get(), SWEEPER, "retention period of " + period + " ended");
                ServiceOrder after = desk.execute(cmd);
                Map<String, String> replacements = new LinkedHashMap<>(Anonymization.details(cmd));
                // Attributes removed before the sweep may still hold personal data in old entries.
                desk.history(tenant, id).forEach(e -> e.details().keySet().stream()
                        .filter(k -> k.startsWith(Details.ATTRIBUTE_PREFIX))
                        .forEach(k -> replacements.put(k, "")));
                replacements.put(Details.REASON, "");
                store.redactHistory(tenant, id, after.version(), replacements);
                return true;
            });
        } catch (dev.protocolo.order.ConcurrentModificationException e) {
            return false;
        } catch (dev.protocolo.ProtocoloException e) {
            // One order the lifecycle will not let go must not block every later sweep.
            org.slf4j.LoggerFactory.getLogger(RetentionSweeper.class)
                    .warn("order {} in tenant {} could not be anonymized: {}", id, tenant, e.getMessage());
            return false;
        }
    }
}
