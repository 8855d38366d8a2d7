package dev.protocolo.jdbc;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.jdbc.internal.JsonCodec;
import dev.protocolo.notification.Audience;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.Action;
import dev.protocolo.order.OrderId;
import dev.protocolo.spi.NotificationOutbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The notification outbox over JDBC. Enqueue joins the command's transaction with one batched insert.
 * Claims run in their own short transaction: where the database has {@code SKIP LOCKED} (PostgreSQL,
 * MariaDB), concurrent dispatchers lock disjoint rows; elsewhere (H2) each row is taken by a conditional
 * update that only succeeds while the row is still claimable, so two claims never get the same entry.
 * Thread-safe.
 */
final class JdbcOutbox implements NotificationOutbox {
    private static final String COLUMNS = "id, tenant, order_id, protocol, order_version, event_action, audience, channel,"
            + " recipient, language, template_data, idempotency_key, status, attempts, created_at, next_attempt_at, sent_at,"
            + " last_error, claimed_by, lease_until";
    private static final String CLAIMABLE = "((status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until < ?))";

    private final Transactions tx;
    private final SqlDialect dialect;
    private final String table;

    JdbcOutbox(Transactions tx, SqlDialect dialect, Tables tables) {
        this.tx = tx;
        this.dialect = dialect;
        this.table = tables.outbox();
    }

    @Override
    public void enqueue(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        tx.run("enqueue notifications", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS + ") VALUES ("
                    + JdbcOrderStore.marks(20) + ")")) {
                for (Notification n : notifications) {
                    bind(ps, n);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private void bind(PreparedStatement ps, Notification n) throws SQLException {
        ps.setString(1, n.id().toString());
        ps.setString(2, n.tenant());
        ps.setString(3, n.orderId().toString());
        ps.setString(4, n.protocol());
        ps.setLong(5, n.orderVersion());
        ps.setString(6, n.event().name());
        ps.setString(7, n.audience().name());
        ps.setString(8, n.channel().name());
        ps.setString(9, n.recipient());
        ps.setString(10, n.language());
        ps.setString(11, JsonCodec.writeMap(n.data()));
        ps.setString(12, n.idempotencyKey());
        ps.setString(13, n.status().name());
        ps.setInt(14, n.attempts());
        dialect.setInstant(ps, 15, n.createdAt());
        dialect.setInstant(ps, 16, n.nextAttemptAt());
        dialect.setInstant(ps, 17, n.sentAt());
        ps.setString(18, n.lastError());
        ps.setString(19, n.claimedBy());
        dialect.setInstant(ps, 20, n.leaseUntil());
    }

    private Notification read(ResultSet rs) throws SQLException {
        return new Notification(UUID.fromString(rs.getString(1)), rs.getString(2), OrderId.parse(rs.getString(3)),
                rs.getString(4), rs.getLong(5), Action.valueOf(rs.getString(6)), Audience.valueOf(rs.getString(7)),
                NotificationChannel.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                JsonCodec.readMap(rs.getString(11)), rs.getString(12), NotificationStatus.valueOf(rs.getString(13)),
                rs.getInt(14), dialect.getInstant(rs, 15), dialect.getInstant(rs, 16), dialect.getInstant(rs, 17),
                rs.getString(18), rs.getString(19), dialect.getInstant(rs, 20));
    }

    private List<Notification> readAll(PreparedStatement ps) throws SQLException {
        List<Notification> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(read(rs));
            }
        }
        return list;
    }

    @Override
    public List<Notification> claim(String owner, int max, Instant now, Duration lease) {
        if (max <= 0) {
            return List.of();
        }
        Instant until = now.plus(lease);
        // Always a fresh connection and transaction of its own: joining a caller's (or host's) open transaction
        // would let a dispatcher see, and send, notifications of a step that may still roll back.
        return tx.separate("claim notifications", c -> dialect.skipLocked()
                ? claimSkipLocked(c, owner, max, now, until)
                : claimConditionally(c, owner, max, now, until));
    }

    private List<Notification> claimSkipLocked(Connection c, String owner, int max, Instant now, Instant until) throws SQLException {
        List<Notification> rows;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE " + CLAIMABLE
                + " ORDER BY entry_no LIMIT ? FOR UPDATE SKIP LOCKED")) {
            dialect.setInstant(ps, 1, now);
            dialect.setInstant(ps, 2, now);
            ps.setInt(3, max);
            rows = readAll(ps);
        }
        if (rows.isEmpty()) {
            return rows;
        }
        // the rows are locked by this transaction, so the update cannot lose a race
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET status = 'SENDING', claimed_by = ?, lease_until = ?, sent_at = NULL WHERE id = ?")) {
            for (Notification n : rows) {
                ps.setString(1, owner);
                dialect.setInstant(ps, 2, until);
                ps.setString(3, n.id().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Notification> claimed = new ArrayList<>(rows.size());
        for (Notification n : rows) {
            claimed.add(n.withDelivery(NotificationStatus.SENDING, n.attempts(), n.nextAttemptAt(), null, n.lastError(),
                    owner, until.truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        }
        return claimed;
    }

    private List<Notification> claimConditionally(Connection c, String owner, int max, Instant now, Instant until) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + CLAIMABLE
                + " ORDER BY entry_no LIMIT ?")) {
            dialect.setInstant(ps, 1, now);
            dialect.setInstant(ps, 2, now);
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // re-checks claimability under the row lock: a row another claim took in the meantime is skipped
        List<String> won = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET status = 'SENDING', claimed_by = ?, lease_until = ?, sent_at = NULL WHERE id = ? AND " + CLAIMABLE)) {
            for (String id : candidates) {
                ps.setString(1, owner);
                dialect.setInstant(ps, 2, until);
                ps.setString(3, id);
                dialect.setInstant(ps, 4, now);
                dialect.setInstant(ps, 5, now);
                if (ps.executeUpdate() == 1) {
                    won.add(id);
                }
            }
        }
        if (won.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE id IN ("
                + JdbcOrderStore.marks(won.size()) + ") ORDER BY entry_no")) {
            for (int i = 0; i < won.size(); i++) {
                ps.setString(i + 1, won.get(i));
            }
            return readAll(ps);
        }
    }

    @Override
    public boolean markSent(UUID id, String owner, Instant at) {
        return changeClaimed("mark notification sent", "status = 'SENT', attempts = attempts + 1, next_attempt_at = NULL,"
                + " sent_at = ?, last_error = NULL", id, owner, at, null);
    }

    @Override
    public boolean markFailed(UUID id, String owner, Instant at, String error, Instant retryAt) {
        return changeClaimed("mark notification failed", "status = " + (retryAt == null ? "'DEAD'" : "'PENDING'")
                + ", attempts = attempts + 1, next_attempt_at = ?, sent_at = NULL, last_error = ?", id, owner, retryAt, error);
    }

    @Override
    public boolean release(UUID id, String owner, Instant now) {
        return changeClaimed("release notification", "status = 'PENDING'", id, owner, null, null);
    }

    /**
     * Applies {@code set} (with up to one instant and one text parameter, in that order) only while {@code owner}
     * holds the entry's claim.
     */
    private boolean changeClaimed(String operation, String set, UUID id, String owner, Instant instant, String text) {
        String sql = "UPDATE " + table + " SET " + set + ", claimed_by = NULL, lease_until = NULL"
                + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?";
        return tx.separate(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (set.contains("next_attempt_at = ?") || set.contains("sent_at = ?")) {
                    dialect.setInstant(ps, i++, instant);
                }
                if (set.contains("last_error = ?")) {
                    ps.setString(i++, text);
                }
                ps.setString(i++, id.toString());
                ps.setString(i, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Notification> forOrder(String tenant, OrderId orderId) {
        return tx.run("list notifications of order", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE tenant = ? AND order_id = ? ORDER BY entry_no")) {
                ps.setString(1, tenant);
                ps.setString(2, orderId.toString());
                return readAll(ps);
            }
        });
    }

    @Override
    public List<Notification> dead(String tenant, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return tx.run("list dead notifications", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE tenant = ? AND status = 'DEAD' ORDER BY entry_no LIMIT ?")) {
                ps.setString(1, tenant);
                ps.setInt(2, limit);
                return readAll(ps);
            }
        });
    }

    @Override
    public boolean retry(String tenant, UUID id, Instant now) {
        return tx.run("retry notification", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET status = 'PENDING', next_attempt_at = ?,"
                    + " sent_at = NULL, claimed_by = NULL, lease_until = NULL WHERE id = ? AND tenant = ? AND status = 'DEAD'")) {
                dialect.setInstant(ps, 1, now);
                ps.setString(2, id.toString());
                ps.setString(3, tenant);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
