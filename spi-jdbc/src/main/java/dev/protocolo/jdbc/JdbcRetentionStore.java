package dev.protocolo.jdbc;

import dev.protocolo.jdbc.internal.JsonCodec;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderId;
import dev.protocolo.spi.RetentionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RetentionStore} over JDBC. Finding expired orders is one query; redaction reads the affected entries'
 * details, replaces values in Java (details are JSON text written by {@link JsonCodec}, whose format no database
 * function should have to know) and writes every entry back in one batch, in the caller's transaction.
 * Thread-safe.
 */
final class JdbcRetentionStore implements RetentionStore {
    private final Transactions tx;
    private final SqlDialect dialect;
    private final String expired;
    private final String readEntries;
    private final String redactEntry;

    JdbcRetentionStore(Transactions tx, SqlDialect dialect, Tables t) {
        this.tx = tx;
        this.dialect = dialect;
        // ids break ties so the order of equal ends, and so the batch a limit cuts off, is stable; the tenant in
        // the NOT EXISTS lets the (tenant, action, ...) history index find the few ANONYMIZE entries directly
        this.expired = "SELECT o.id FROM " + t.orders() + " o WHERE o.tenant = ? AND o.order_type = ?"
                + " AND o.status_category IN ('RESOLVED', 'CLOSED', 'CANCELLED') AND COALESCE(o.closed_at, o.resolved_at) < ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + t.history() + " h WHERE h.order_id = o.id AND h.tenant = o.tenant"
                + " AND h.action = ?)"
                + " ORDER BY COALESCE(o.closed_at, o.resolved_at), o.id LIMIT ?";
        this.readEntries = "SELECT seq, details FROM " + t.history() + " WHERE order_id = ? AND tenant = ? AND seq < ?";
        this.redactEntry = "UPDATE " + t.history() + " SET public_message = NULL, internal_note = NULL, details = ?,"
                + " actor_id = CASE WHEN actor_kind = ? THEN ? ELSE actor_id END,"
                + " actor_name = CASE WHEN actor_kind = ? THEN NULL ELSE actor_name END"
                + " WHERE order_id = ? AND tenant = ? AND seq = ?";
    }

    /** The statement behind {@link #expired}, for tests that look at its plan. */
    String expiredSql() {
        return expired;
    }

    @Override
    public List<OrderId> expired(String tenant, String type, Instant endedBefore, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return tx.run("find expired orders", c -> {
            try (PreparedStatement ps = c.prepareStatement(expired)) {
                ps.setString(1, tenant);
                ps.setString(2, type);
                dialect.setInstant(ps, 3, endedBefore);
                ps.setString(4, Action.ANONYMIZE.name());
                ps.setInt(5, limit);
                List<OrderId> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(OrderId.parse(rs.getString(1)));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public void redactHistory(String tenant, OrderId id, long beforeSequence, Map<String, String> replacements) {
        Map<String, String> with = Map.copyOf(replacements);
        tx.run("redact history", c -> {
            Map<Long, String> details = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(readEntries)) {
                ps.setString(1, id.toString());
                ps.setString(2, tenant);
                ps.setLong(3, beforeSequence);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        details.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            if (details.isEmpty()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(redactEntry)) {
                for (Map.Entry<Long, String> e : details.entrySet()) {
                    Map<String, String> d = new LinkedHashMap<>(JsonCodec.readMap(e.getValue()));
                    d.replaceAll((k, v) -> with.getOrDefault(k, v));
                    ps.setString(1, JsonCodec.writeMap(d));
                    ps.setString(2, Actor.Kind.CUSTOMER.name());
                    ps.setString(3, REDACTED_ACTOR_ID);
                    ps.setString(4, Actor.Kind.CUSTOMER.name());
                    ps.setString(5, id.toString());
                    ps.setString(6, tenant);
                    ps.setLong(7, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
