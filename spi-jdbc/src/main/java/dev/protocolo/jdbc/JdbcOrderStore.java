package dev.protocolo.jdbc;

import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.customer.TaxId;
import dev.protocolo.jdbc.internal.JsonCodec;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.SlaState;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Visibility;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.Page;
import dev.protocolo.spi.PageCursor;
import dev.protocolo.spi.ReportSource;
import dev.protocolo.spi.RetentionStore;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders and their history over JDBC. Every statement is parameterized and filtered by tenant; an update is
 * one {@code UPDATE ... WHERE id = ? AND tenant = ? AND version = ?} plus one history insert, no read first.
 * Also the desk's {@link ReportSource} and {@link RetentionStore}, by delegation, because {@code Reports.of(desk)}
 * and {@code RetentionSweeper.of(desk, ...)} look for those ports on the desk's store. Thread-safe.
 */
final class JdbcOrderStore implements OrderStore, ReportSource, RetentionStore {
    /** Columns written by both insert and update, in binding order. */
    private static final String[] STATE = {"protocol", "order_type", "customer_external_id", "customer_name",
            "customer_tax_id", "customer_email", "customer_phone", "customer_language", "customer_opt_outs", "channel",
            "subject", "description", "priority", "status", "status_category", "team", "agent", "attributes",
            "opened_at", "first_response_at", "resolved_at", "closed_at", "wait_until", "resolution",
            "sla_first_response_due_at", "sla_resolution_due_at", "sla_resolution_warn_at", "sla_next_update_due_at",
            "sla_paused_since", "sla_paused_total_nanos",
            "updated_at"};
    static final String ORDER_COLUMNS = "id, tenant, " + String.join(", ", STATE) + ", version";
    private static final String HISTORY_COLUMNS = "order_id, seq, tenant, action, transition_name, actor_kind, actor_id,"
            + " actor_name, actor_roles, occurred_at, status_before, status_after, team_before, team_after, agent_before,"
            + " agent_after, public_message, internal_note, visibility, details";
    private static final String OPEN_FIRST = "CASE WHEN status_category IN ('NEW', 'IN_PROGRESS', 'WAITING') THEN 0 ELSE 1 END";

    private final Transactions tx;
    private final SqlDialect dialect;
    private final Tables t;
    private final String insertOrder;
    private final String updateOrder;
    private final String insertHistory;
    private final String selectOrder;
    private final JdbcReportSource reports;
    private final JdbcRetentionStore retention;

    JdbcOrderStore(Transactions tx, SqlDialect dialect, Tables tables) {
        this.tx = tx;
        this.dialect = dialect;
        this.t = tables;
        this.reports = new JdbcReportSource(tx, dialect, tables);
        this.retention = new JdbcRetentionStore(tx, dialect, tables);
        this.insertOrder = "INSERT INTO " + t.orders() + " (" + ORDER_COLUMNS + ") VALUES (" + marks(STATE.length + 3) + ")";
        this.updateOrder = "UPDATE " + t.orders() + " SET " + Arrays.stream(STATE).map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + ", version = ? WHERE id = ? AND tenant = ? AND version = ?";
        this.insertHistory = "INSERT INTO " + t.history() + " (" + HISTORY_COLUMNS + ") VALUES (" + marks(20) + ")";
        this.selectOrder = "SELECT " + ORDER_COLUMNS + " FROM " + t.orders();
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public void insert(ServiceOrder order, HistoryEntry opening) {
        tx.run("insert order", c -> {
            try (PreparedStatement ps = c.prepareStatement(insertOrder)) {
                ps.setString(1, order.id().toString());
                ps.setString(2, order.tenant());
                int i = bindState(ps, 3, order);
                ps.setLong(i, order.version());
                ps.executeUpdate();
            }
            insertHistory(c, order.tenant(), opening);
            return null;
        });
    }

    @Override
    public void update(ServiceOrder order, long expectedVersion, HistoryEntry entry) {
        tx.run("update order", c -> {
            try (PreparedStatement ps = c.prepareStatement(updateOrder)) {
                int i = bindState(ps, 1, order);
                ps.setLong(i++, order.version());
                ps.setString(i++, order.id().toString());
                ps.setString(i++, order.tenant());
                ps.setLong(i, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw new ConcurrentModificationException(order.id(), order.protocol().value(), expectedVersion);
                }
            }
            insertHistory(c, order.tenant(), entry);
            return null;
        });
    }

    private void insertHistory(Connection c, String tenant, HistoryEntry h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertHistory)) {
            ps.setString(1, h.orderId().toString());
            ps.setLong(2, h.sequence());
            ps.setString(3, tenant);
            ps.setString(4, h.action().name());
            ps.setString(5, h.transition());
            ps.setString(6, h.actor().kind().name());
            ps.setString(7, h.actor().id());
            ps.setString(8, h.actor().name());
            ps.setString(9, JsonCodec.writeList(h.actor().roles().stream().sorted().toList()));
            dialect.setInstant(ps, 10, h.at());
            ps.setString(11, h.statusBefore());
            ps.setString(12, h.statusAfter());
            ps.setString(13, h.teamBefore());
            ps.setString(14, h.teamAfter());
            ps.setString(15, h.agentBefore());
            ps.setString(16, h.agentAfter());
            ps.setString(17, h.publicMessage());
            ps.setString(18, h.internalNote());
            ps.setString(19, h.visibility().name());
            ps.setString(20, JsonCodec.writeMap(h.details()));
            ps.executeUpdate();
        }
    }

    private int bindState(PreparedStatement ps, int i, ServiceOrder o) throws SQLException {
        Customer cu = o.customer();
        ps.setString(i++, o.protocol().value());
        ps.setString(i++, o.type());
        ps.setString(i++, cu == null ? null : cu.externalId());
        ps.setString(i++, cu == null ? null : cu.name());
        ps.setString(i++, cu == null || cu.taxId() == null ? null : cu.taxId().value());
        ps.setString(i++, cu == null ? null : cu.email());
        ps.setString(i++, cu == null ? null : cu.mobilePhone());
        // a Customer always has a language, so a null language column means "no customer"
        ps.setString(i++, cu == null ? null : cu.language());
        ps.setString(i++, cu == null ? null : cu.optOuts().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        ps.setString(i++, name(o.channel()));
        ps.setString(i++, o.subject());
        ps.setString(i++, o.description());
        ps.setString(i++, name(o.priority()));
        ps.setString(i++, o.status());
        ps.setString(i++, o.statusCategory().name());
        ps.setString(i++, o.team());
        ps.setString(i++, o.agent());
        ps.setString(i++, JsonCodec.writeMap(o.attributes()));
        dialect.setInstant(ps, i++, o.openedAt());
        dialect.setInstant(ps, i++, o.firstResponseAt());
        dialect.setInstant(ps, i++, o.resolvedAt());
        dialect.setInstant(ps, i++, o.closedAt());
        dialect.setInstant(ps, i++, o.waitUntil());
        ps.setString(i++, o.resolution());
        SlaState sla = o.sla();
        dialect.setInstant(ps, i++, sla.firstResponseDueAt());
        dialect.setInstant(ps, i++, sla.resolutionDueAt());
        dialect.setInstant(ps, i++, sla.resolutionWarnAt());
        dialect.setInstant(ps, i++, sla.nextUpdateDueAt());
        dialect.setInstant(ps, i++, sla.pausedSince());
        ps.setLong(i++, sla.pausedTotal().toNanos());
        dialect.setInstant(ps, i++, o.updatedAt());
        return i;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Reads a row selected as {@link #ORDER_COLUMNS}. */
    ServiceOrder readOrder(ResultSet rs) throws SQLException {
        int i = 1;
        ServiceOrder.Builder b = ServiceOrder.builder()
                .id(OrderId.parse(rs.getString(i++)))
                .tenant(rs.getString(i++))
                .protocol(new ProtocolNumber(rs.getString(i++)))
                .type(rs.getString(i++));
        String externalId = rs.getString(i++);
        String name = rs.getString(i++);
        String taxId = rs.getString(i++);
        String email = rs.getString(i++);
        String phone = rs.getString(i++);
        String language = rs.getString(i++);
        String optOuts = rs.getString(i++);
        if (language != null) {
            Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
            if (optOuts != null && !optOuts.isEmpty()) {
                for (String s : optOuts.split(",")) {
                    channels.add(NotificationChannel.valueOf(s));
                }
            }
            b.customer(new Customer(externalId, name, taxId == null ? null : TaxId.parse(taxId), email, phone, language, channels));
        }
        String channel = rs.getString(i++);
        b.channel(channel == null ? null : Channel.valueOf(channel))
                .subject(rs.getString(i++))
                .description(rs.getString(i++));
        String priority = rs.getString(i++);
        b.priority(priority == null ? null : Priority.valueOf(priority))
                .status(rs.getString(i++))
                .statusCategory(StatusCategory.valueOf(rs.getString(i++)))
                .team(rs.getString(i++))
                .agent(rs.getString(i++))
                .attributes(JsonCodec.readMap(rs.getString(i++)))
                .openedAt(dialect.getInstant(rs, i++))
                .firstResponseAt(dialect.getInstant(rs, i++))
                .resolvedAt(dialect.getInstant(rs, i++))
                .closedAt(dialect.getInstant(rs, i++))
                .waitUntil(dialect.getInstant(rs, i++))
                .resolution(rs.getString(i++));
        b.sla(new SlaState(dialect.getInstant(rs, i++), dialect.getInstant(rs, i++), dialect.getInstant(rs, i++),
                dialect.getInstant(rs, i++), dialect.getInstant(rs, i++), Duration.ofNanos(rs.getLong(i++))));
        return b.updatedAt(dialect.getInstant(rs, i++)).version(rs.getLong(i)).build();
    }

    private HistoryEntry readHistory(ResultSet rs) throws SQLException {
        return new HistoryEntry(OrderId.parse(rs.getString(1)), rs.getLong(2), Action.valueOf(rs.getString(4)),
                rs.getString(5), new Actor(Actor.Kind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                new LinkedHashSet<>(JsonCodec.readList(rs.getString(9)))),
                dialect.getInstant(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                Visibility.valueOf(rs.getString(19)), JsonCodec.readMap(rs.getString(20)));
    }

    @Override
    public Optional<ServiceOrder> findById(String tenant, OrderId id) {
        return one("find order by id", selectOrder + " WHERE id = ? AND tenant = ?", id.toString(), tenant);
    }

    @Override
    public Optional<ServiceOrder> findByProtocol(String tenant, ProtocolNumber protocol) {
        return one("find order by protocol", selectOrder + " WHERE tenant = ? AND protocol = ?", tenant, protocol.value());
    }

    private Optional<ServiceOrder> one(String operation, String sql, String a, String b) {
        return tx.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, a);
                ps.setString(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readOrder(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<HistoryEntry> history(String tenant, OrderId id) {
        return tx.run("read history", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HISTORY_COLUMNS + " FROM " + t.history()
                    + " WHERE order_id = ? AND tenant = ? ORDER BY seq")) {
                ps.setString(1, id.toString());
                ps.setString(2, tenant);
                List<HistoryEntry> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(readHistory(rs));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public List<ServiceOrder> findByTaxId(String tenant, TaxId taxId, int limit) {
        return customerOrders("find orders by tax id", "customer_tax_id", tenant, taxId.value(), limit);
    }

    @Override
    public List<ServiceOrder> findByCustomer(String tenant, String customerExternalId, int limit) {
        return customerOrders("find orders by customer", "customer_external_id", tenant, customerExternalId, limit);
    }

    private List<ServiceOrder> customerOrders(String operation, String column, String tenant, String value, int limit) {
        if (value == null || limit <= 0) {
            return List.of();
        }
        return tx.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectOrder + " WHERE tenant = ? AND " + column + " = ? ORDER BY "
                    + OPEN_FIRST + ", opened_at DESC, id DESC LIMIT ?")) {
                ps.setString(1, tenant);
                ps.setString(2, value);
                ps.setInt(3, limit);
                return list(ps);
            }
        });
    }

    private List<ServiceOrder> list(PreparedStatement ps) throws SQLException {
        List<ServiceOrder> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(readOrder(rs));
            }
        }
        return list;
    }

    @Override
    public Page<ServiceOrder> search(OrderQuery q) {
        StringBuilder sql = new StringBuilder(selectOrder).append(" WHERE tenant = ?");
        List<Binder> args = new ArrayList<>();
        args.add((ps, i) -> ps.setString(i, q.tenant()));
        if (!q.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(marks(q.statuses().size())).append(')');
            q.statuses().stream().sorted().forEach(s -> args.add((ps, i) -> ps.setString(i, s)));
        }
        if (!q.categories().isEmpty()) {
            sql.append(" AND status_category IN (").append(marks(q.categories().size())).append(')');
            q.categories().stream().sorted().forEach(s -> args.add((ps, i) -> ps.setString(i, s.name())));
        }
        if (q.team() != null) {
            sql.append(" AND team = ?");
            args.add((ps, i) -> ps.setString(i, q.team()));
        }
        if (q.type() != null) {
            sql.append(" AND order_type = ?");
            args.add((ps, i) -> ps.setString(i, q.type()));
        }
        if (q.channel() != null) {
            sql.append(" AND channel = ?");
            args.add((ps, i) -> ps.setString(i, q.channel().name()));
        }
        if (q.openedFrom() != null) {
            sql.append(" AND opened_at >= ?");
            args.add((ps, i) -> dialect.setInstant(ps, i, q.openedFrom()));
        }
        if (q.openedTo() != null) {
            sql.append(" AND opened_at < ?");
            args.add((ps, i) -> dialect.setInstant(ps, i, q.openedTo()));
        }
        if (q.text() != null) {
            // the user's text is a parameter with LIKE wildcards escaped, never part of the SQL
            String pattern = "%" + likeEscape(q.text().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(subject) LIKE ? ESCAPE '!' OR LOWER(description) LIKE ? ESCAPE '!')");
            args.add((ps, i) -> ps.setString(i, pattern));
            args.add((ps, i) -> ps.setString(i, pattern));
        }
        PageCursor after = q.after();
        if (after != null) {
            sql.append(" AND (opened_at < ? OR (opened_at = ? AND id < ?))");
            args.add((ps, i) -> dialect.setInstant(ps, i, after.openedAt()));
            args.add((ps, i) -> dialect.setInstant(ps, i, after.openedAt()));
            args.add((ps, i) -> ps.setString(i, after.id().toString()));
        }
        sql.append(" ORDER BY opened_at DESC, id DESC LIMIT ?");
        args.add((ps, i) -> ps.setInt(i, q.limit() + 1));
        List<ServiceOrder> rows = tx.run("search orders", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    args.get(i).bind(ps, i + 1);
                }
                return list(ps);
            }
        });
        boolean more = rows.size() > q.limit();
        List<ServiceOrder> page = more ? rows.subList(0, q.limit()) : rows;
        ServiceOrder last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page, more ? new PageCursor(last.openedAt(), last.id()) : null);
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    // --- reports and retention, delegated ---

    JdbcReportSource reports() {
        return reports;
    }

    JdbcRetentionStore retention() {
        return retention;
    }

    @Override
    public Volume volume(Filter filter, Instant from, Instant to) {
        return reports.volume(filter, from, to);
    }

    @Override
    public List<Instant> backlog(Filter filter, Instant asOf) {
        return reports.backlog(filter, asOf);
    }

    @Override
    public List<Span> firstResponses(Filter filter, Instant from, Instant to) {
        return reports.firstResponses(filter, from, to);
    }

    @Override
    public List<Span> resolutions(Filter filter, Instant from, Instant to) {
        return reports.resolutions(filter, from, to);
    }

    @Override
    public SlaCounts sla(Filter filter, Instant from, Instant to) {
        return reports.sla(filter, from, to);
    }

    @Override
    public List<TeamHold> teamHolds(Filter filter, Instant from, Instant to) {
        return reports.teamHolds(filter, from, to);
    }

    @Override
    public List<OrderId> expired(String tenant, String type, Instant endedBefore, int limit) {
        return retention.expired(tenant, type, endedBefore, limit);
    }

    @Override
    public void redactHistory(String tenant, OrderId id, long beforeSequence, Map<String, String> replacements) {
        retention.redactHistory(tenant, id, beforeSequence, replacements);
    }
}
