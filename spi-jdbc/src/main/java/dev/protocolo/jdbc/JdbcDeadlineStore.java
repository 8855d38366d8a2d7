package dev.protocolo.jdbc;

import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeadlineStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline watcher's queries and the record of fired events over JDBC. Each watcher query leaves out
 * orders whose event already fired for the current due time with an anti-join on the fired-events table,
 * so the batch limit applies to work still to do. {@link #markFired} is an insert guarded by the table's
 * key: across any number of nodes exactly one caller inserts the row, and a duplicate never fails the
 * caller's transaction. Thread-safe.
 */
final class JdbcDeadlineStore implements DeadlineStore {
    private static final String RUNNING = "o.status_category IN ('NEW', 'IN_PROGRESS')";

    private final Transactions tx;
    private final SqlDialect dialect;
    private final JdbcOrderStore orders;
    private final String select;
    private final String fired;
    private final String insertFired;

    JdbcDeadlineStore(Transactions tx, SqlDialect dialect, Tables tables, JdbcOrderStore orders) {
        this.tx = tx;
        this.dialect = dialect;
        this.orders = orders;
        this.select = "SELECT " + JdbcOrderStore.ORDER_COLUMNS + " FROM " + tables.orders() + " o WHERE o.tenant = ? AND ";
        this.fired = tables.deadlineEvents();
        this.insertFired = dialect.insertIfAbsent(fired, "tenant, order_id, event, due_at, fired_at", 5);
    }

    /** Leaves out orders for which {@code event} already fired with the due time in {@code dueColumn}. */
    private String notFired(String event, String dueColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM " + fired + " f WHERE f.tenant = o.tenant AND f.order_id = o.id"
                + " AND f.event = '" + event + "' AND f.due_at = o." + dueColumn + ")";
    }

    @Override
    public List<ServiceOrder> dueBetween(String tenant, Instant from, Instant to, String team, int limit) {
        String sql = select + RUNNING + (from == null ? "" : " AND o.sla_resolution_due_at >= ?")
                + " AND o.sla_resolution_due_at < ?" + (team == null ? "" : " AND o.team = ?")
                + " ORDER BY o.sla_resolution_due_at, o.id LIMIT ?";
        return query("list orders due between", sql, limit, ps -> {
            int i = 2;
            if (from != null) {
                dialect.setInstant(ps, i++, from);
            }
            dialect.setInstant(ps, i++, to);
            if (team != null) {
                ps.setString(i++, team);
            }
            return i;
        }, tenant);
    }

    @Override
    public List<ServiceOrder> callbacksDue(String tenant, Instant now, int limit) {
        return query("list call backs due", select + "o.status_category = 'WAITING' AND o.wait_until <= ?"
                + notFired(CALLBACK_DUE, "wait_until") + " ORDER BY o.wait_until, o.id LIMIT ?", limit, at(now), tenant);
    }

    @Override
    public List<ServiceOrder> firstResponseOverdue(String tenant, Instant now, int limit) {
        return query("list overdue first responses", select + RUNNING + " AND o.first_response_at IS NULL"
                + " AND o.sla_first_response_due_at < ?" + notFired(FIRST_RESPONSE_BREACHED, "sla_first_response_due_at")
                + " ORDER BY o.sla_first_response_due_at, o.id LIMIT ?", limit, at(now), tenant);
    }

    @Override
    public List<ServiceOrder> nearDeadline(String tenant, Instant now, int limit) {
        return query("list orders near their deadline", select + RUNNING + " AND o.sla_resolution_warn_at <= ?"
                + " AND o.sla_resolution_due_at >= ?" + notFired(RESOLUTION_NEAR, "sla_resolution_due_at")
                + " ORDER BY o.sla_resolution_warn_at, o.id LIMIT ?", limit, ps -> {
                    dialect.setInstant(ps, 2, now);
                    dialect.setInstant(ps, 3, now);
                    return 4;
                }, tenant);
    }

    @Override
    public List<ServiceOrder> nextUpdateOverdue(String tenant, Instant now, int limit) {
        return query("list orders owing the customer an update", select + RUNNING + " AND o.sla_next_update_due_at < ?"
                + notFired(NEXT_UPDATE_OVERDUE, "sla_next_update_due_at")
                + " ORDER BY o.sla_next_update_due_at, o.id LIMIT ?", limit, at(now), tenant);
    }

    @Override
    public List<ServiceOrder> breached(String tenant, Instant now, int limit) {
        return query("list breached orders", select + RUNNING + " AND o.sla_resolution_due_at < ?"
                + notFired(RESOLUTION_BREACHED, "sla_resolution_due_at")
                + " ORDER BY o.sla_resolution_due_at, o.id LIMIT ?", limit, at(now), tenant);
    }

    @Override
    public List<ServiceOrder> resolvedBefore(String tenant, String type, Instant before, int limit) {
        return query("list resolved orders", select + "o.status_category = 'RESOLVED' AND o.order_type = ?"
                + " AND o.resolved_at <= ? ORDER BY o.resolved_at, o.id LIMIT ?", limit, ps -> {
                    ps.setString(2, type);
                    dialect.setInstant(ps, 3, before);
                    return 4;
                }, tenant);
    }

    @Override
    public boolean markFired(String tenant, OrderId orderId, String event, Instant dueAt, Instant firedAt) {
        return tx.run("record fired deadline event", c -> {
            try (PreparedStatement ps = c.prepareStatement(insertFired)) {
                ps.setString(1, tenant);
                ps.setString(2, orderId.toString());
                ps.setString(3, event);
                dialect.setInstant(ps, 4, dueAt);
                dialect.setInstant(ps, 5, firedAt);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                // only reached where the dialect's insert is a plain one (H2), whose failed statement leaves
                // the transaction usable
                if (SqlDialect.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Binds the parameters after the tenant (index 1) and returns the next index, for the limit. */
    @FunctionalInterface
    private interface Params {
        int bind(PreparedStatement ps) throws SQLException;
    }

    private Params at(Instant now) {
        return ps -> {
            dialect.setInstant(ps, 2, now);
            return 3;
        };
    }

    private List<ServiceOrder> query(String operation, String sql, int limit, Params params, String tenant) {
        if (limit <= 0) {
            return List.of();
        }
        return tx.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant);
                ps.setInt(params.bind(ps), limit);
                List<ServiceOrder> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(orders.readOrder(rs));
                    }
                }
                return list;
            }
        });
    }
}
