package dev.protocolo.jdbc;

import dev.protocolo.order.Action;
import dev.protocolo.spi.ReportSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ReportSource} in SQL: every filter, count and window is evaluated by the database, which returns either
 * counts or one small row per order (per team hold). Only the shape of a statement depends on which filter
 * fields are set; every value is a parameter. Thread-safe.
 */
final class JdbcReportSource implements ReportSource {
    /** Status categories of an open order, as stored in {@code status_category}. */
    private static final String OPEN = "'NEW', 'IN_PROGRESS', 'WAITING'";
    /** Actions counted by {@link #volume}, in the order of {@link Volume}'s components. */
    private static final List<Action> COUNTED = List.of(Action.RESOLVE, Action.CLOSE, Action.REOPEN, Action.CANCEL);
    private static final String OPENED = "OPEN";

    private final Transactions tx;
    private final SqlDialect dialect;
    private final Tables t;

    JdbcReportSource(Transactions tx, SqlDialect dialect, Tables tables) {
        this.tx = tx;
        this.dialect = dialect;
        this.t = tables;
    }

    /** A statement and the values of its parameters, in order. */
    record Query(String sql, List<Object> args) {
    }

    /**
     * Collects SQL text and parameter values together, so a clause and its values cannot drift apart. Values are
     * Strings or Instants.
     */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> args = new ArrayList<>();

        Sql add(String fragment, Object... values) {
            text.append(fragment);
            args.addAll(List.of(values));
            return this;
        }

        /** {@code o.tenant = ?} and a condition per non-null filter field, on orders aliased {@code o}. */
        Sql filter(Filter f) {
            add("o.tenant = ?", f.tenant());
            if (f.type() != null) {
                add(" AND o.order_type = ?", f.type());
            }
            if (f.team() != null) {
                add(" AND o.team = ?", f.team());
            }
            if (f.channel() != null) {
                add(" AND o.channel = ?", f.channel().name());
            }
            if (f.priority() != null) {
                add(" AND o.priority = ?", f.priority().name());
            }
            return this;
        }

        Query query() {
            return new Query(text.toString(), List.copyOf(args));
        }
    }

    // --- the statements, package-private so tests can look at their plans ---

    Query volumeQuery(Filter f, Instant from, Instant to) {
        Sql s = new Sql().add("SELECT '" + OPENED + "', COUNT(*) FROM " + t.orders() + " o WHERE ").filter(f)
                .add(" AND o.opened_at >= ? AND o.opened_at < ?", from, to)
                .add(" UNION ALL SELECT h.action, COUNT(*) FROM " + t.history() + " h JOIN " + t.orders()
                        + " o ON o.id = h.order_id WHERE h.tenant = ? AND h.action IN (", f.tenant());
        for (int i = 0; i < COUNTED.size(); i++) {
            s.add(i == 0 ? "?" : ", ?", COUNTED.get(i).name());
        }
        return s.add(") AND h.occurred_at >= ? AND h.occurred_at < ? AND ", from, to).filter(f)
                .add(" GROUP BY h.action").query();
    }

    Query backlogQuery(Filter f, Instant asOf) {
        return new Sql().add("SELECT o.opened_at FROM " + t.orders() + " o WHERE ").filter(f)
                .add(" AND o.status_category IN (" + OPEN + ") AND o.opened_at <= ?", asOf).query();
    }

    Query firstResponsesQuery(Filter f, Instant from, Instant to) {
        return new Sql().add("SELECT o.opened_at, o.first_response_at FROM " + t.orders() + " o WHERE ").filter(f)
                .add(" AND o.opened_at >= ? AND o.opened_at < ? AND o.first_response_at IS NOT NULL", from, to).query();
    }

    Query resolutionsQuery(Filter f, Instant from, Instant to) {
        return new Sql().add("SELECT o.opened_at, o.resolved_at FROM " + t.orders() + " o WHERE ").filter(f)
                .add(" AND o.resolved_at >= ? AND o.resolved_at < ?", from, to).query();
    }

    Query slaQuery(Filter f, Instant from, Instant to) {
        return new Sql().add("SELECT COUNT(*), COALESCE(SUM(CASE WHEN o.resolved_at <= o.sla_resolution_due_at"
                        + " THEN 1 ELSE 0 END), 0) FROM " + t.orders() + " o WHERE ").filter(f)
                .add(" AND o.resolved_at >= ? AND o.resolved_at < ? AND o.sla_resolution_due_at IS NOT NULL", from, to)
                .query();
    }

    Query teamHoldsQuery(Filter f, Instant from, Instant to) {
        // A hold starts at the opening entry and at every entry that changes the team (compared null-safely,
        // spelled out because MariaDB lacks IS DISTINCT FROM); LEAD over those entries alone gives each hold's end.
        // Holds start at or after the opening, so orders opened at or after the period's end cannot contribute.
        String end = "COALESCE(x.next_at, x.resolved_at, x.closed_at)";
        return new Sql().add("SELECT x.team_after, x.occurred_at, " + end + " FROM (SELECT h.team_after, h.occurred_at,"
                        + " o.resolved_at, o.closed_at, LEAD(h.occurred_at) OVER (PARTITION BY h.order_id ORDER BY h.seq) AS next_at"
                        + " FROM " + t.orders() + " o JOIN " + t.history() + " h ON h.order_id = o.id AND h.tenant = o.tenant"
                        + " WHERE ").filter(f)
                .add(" AND o.opened_at < ? AND (h.action = ? OR h.team_before <> h.team_after"
                        + " OR (h.team_before IS NULL AND h.team_after IS NOT NULL)"
                        + " OR (h.team_before IS NOT NULL AND h.team_after IS NULL))) x", to, Action.OPEN.name())
                .add(" WHERE x.team_after IS NOT NULL AND x.occurred_at < ? AND (" + end + " IS NULL OR " + end + " > ?)",
                        to, from)
                .query();
    }

    // --- the port ---

    @Override
    public Volume volume(Filter f, Instant from, Instant to) {
        long[] counts = new long[COUNTED.size()];
        long opened = read("report volume", volumeQuery(f, from, to), rs -> {
            long o = 0;
            while (rs.next()) {
                String label = rs.getString(1);
                if (OPENED.equals(label)) {
                    o = rs.getLong(2);
                } else {
                    counts[COUNTED.indexOf(Action.valueOf(label))] = rs.getLong(2);
                }
            }
            return o;
        });
        return new Volume(opened, counts[0], counts[1], counts[2], counts[3]);
    }

    @Override
    public List<Instant> backlog(Filter f, Instant asOf) {
        return read("report backlog", backlogQuery(f, asOf), rs -> {
            List<Instant> list = new ArrayList<>();
            while (rs.next()) {
                list.add(dialect.getInstant(rs, 1));
            }
            return list;
        });
    }

    @Override
    public List<Span> firstResponses(Filter f, Instant from, Instant to) {
        return spans("report first responses", firstResponsesQuery(f, from, to));
    }

    @Override
    public List<Span> resolutions(Filter f, Instant from, Instant to) {
        return spans("report resolutions", resolutionsQuery(f, from, to));
    }

    @Override
    public SlaCounts sla(Filter f, Instant from, Instant to) {
        return read("report SLA compliance", slaQuery(f, from, to), rs -> {
            rs.next();
            return new SlaCounts(rs.getLong(1), rs.getLong(2));
        });
    }

    @Override
    public List<TeamHold> teamHolds(Filter f, Instant from, Instant to) {
        return read("report team holds", teamHoldsQuery(f, from, to), rs -> {
            List<TeamHold> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new TeamHold(rs.getString(1), dialect.getInstant(rs, 2), dialect.getInstant(rs, 3)));
            }
            return list;
        });
    }

    private List<Span> spans(String operation, Query q) {
        return read(operation, q, rs -> {
            List<Span> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Span(dialect.getInstant(rs, 1), dialect.getInstant(rs, 2)));
            }
            return list;
        });
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T read(String operation, Query q, Rows<T> rows) {
        return tx.run(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                bind(ps, q.args(), dialect);
                try (ResultSet rs = ps.executeQuery()) {
                    return rows.read(rs);
                }
            }
        });
    }

    /** Binds Strings and Instants (the latter the dialect's way) from index 1. */
    static void bind(PreparedStatement ps, List<Object> args, SqlDialect dialect) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Instant instant) {
                dialect.setInstant(ps, i + 1, instant);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
    }
}
