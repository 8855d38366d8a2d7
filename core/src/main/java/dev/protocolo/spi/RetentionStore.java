package dev.protocolo.spi;

import dev.protocolo.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Port: what retention needs beyond {@link OrderStore} — finding orders whose retention period is over, and
 * removing personal data from history entries already written. Redaction is the one write that changes existing
 * history; it is allowed only for this purpose. Implementations must be thread-safe.
 */
public interface RetentionStore {
    /** The id written over the actor id of customer-made entries when history is redacted. */
    String REDACTED_ACTOR_ID = "anonymized";

    /**
     * Up to {@code limit} ids of orders of {@code tenant} and order type {@code type} that are finished (status
     * category RESOLVED, CLOSED or CANCELLED), whose {@code COALESCE(closedAt, resolvedAt)} is before
     * {@code endedBefore}, and that have no history entry with action ANONYMIZE; oldest end first.
     */
    List<OrderId> expired(String tenant, String type, Instant endedBefore, int limit);

    /**
     * Redacts the history of one order, inside the caller's unit of work. For every entry with
     * {@code sequence < beforeSequence}: the public message and the internal note become {@code null}; each
     * details key that is also a key of {@code replacements} gets the replacement value (keys an entry lacks are
     * not added; other keys are kept); an entry whose actor kind is CUSTOMER gets actor id
     * {@link #REDACTED_ACTOR_ID} and actor name {@code null}. Nothing else changes — not the order row, its
     * version, timestamps, statuses or teams. Does nothing if the order is not in the tenant.
     */
    void redactHistory(String tenant, OrderId id, long beforeSequence, Map<String, String> replacements);
}
