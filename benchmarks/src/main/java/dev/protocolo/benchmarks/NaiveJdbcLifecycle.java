package dev.protocolo.benchmarks;

import dev.protocolo.protocol.ProtocolContext;
import dev.protocolo.protocol.ProtocolFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: the {@link Scenario} written by hand the way a host might without the library — one
 * statement per round trip, auto-commit off, one commit per unit of work. It writes the same rows into
 * the same tables as the library: per order one order insert, five history inserts, ten outbox inserts,
 * one series increment and four order updates. A transition reads the order first (the current status,
 * team and agent go into the history row) and updates it with a version check, like the library.
 * Protocol numbers come from the same format, so the check digit is the library's.
 */
final class NaiveJdbcLifecycle implements LifecycleSubject {
    private static final ProtocolFormat FORMAT = ProtocolFormat.yearly();
    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private final DataSource dataSource;
    private final String p;
    private final boolean mariadb;
    private final Clock clock;
    private String series;

    NaiveJdbcLifecycle(DataSource dataSource, String prefix, boolean mariadb, Clock clock) {
        this.dataSource = dataSource;
        this.p = prefix;
        this.mariadb = mariadb;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plain JDBC";
    }

    @Override
    public void reset() throws Exception {
        Database.truncate(dataSource, p);
        series = Scenario.TENANT + "|" + LocalDate.ofInstant(clock.instant(), ZONE).getYear() + "|naive";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + p + "sequences (series_key, current_value) VALUES (?, 0)")) {
            ps.setString(1, series);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** What a transition needs to know about the order it read. */
    private record Row(String id, String protocol, String status, String team, String agent, long version,
                       String customerName, String email, String phone) {
    }

    @Override
    public void open(int i) throws SQLException {
        openOrder(i);
    }

    @Override
    public void lifecycle(int i) throws SQLException {
        String id = openOrder(i);
        step(id, "ASSIGN", "assign", "in_progress", "IN_PROGRESS", null, Scenario.AGENT_ID, Scenario.ASSIGN_MESSAGE, null, "{}", null, null);
        step(id, "FORWARD", "forward", "new", "NEW", Scenario.OTHER_TEAM, null, Scenario.FORWARD_MESSAGE, Scenario.FORWARD_REASON,
                "{\"reason\":\"" + Scenario.FORWARD_REASON + "\"}", null, null);
        Instant until = clock.instant().plus(Scenario.WAIT_FOR);
        step(id, "WAIT", "wait_customer", "waiting_customer", "WAITING", "", null, Scenario.WAIT_MESSAGE, null,
                "{\"until\":\"" + until + "\",\"waitingOn\":\"CUSTOMER\"}", until, null);
        step(id, "RESOLVE", "resolve", "resolved", "RESOLVED", "", null, Scenario.RESOLUTION, null,
                "{\"resolution\":\"" + Scenario.RESOLUTION + "\"}", null, Scenario.RESOLUTION);
    }

    private String openOrder(int i) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long seq;
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + p + "sequences SET current_value = current_value + 1 WHERE series_key = ?")) {
                    ps.setString(1, series);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT current_value FROM " + p + "sequences WHERE series_key = ?")) {
                    ps.setString(1, series);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getLong(1);
                    }
                }
                String protocol = FORMAT.format(new ProtocolContext(Scenario.TENANT, Scenario.TYPE, LocalDate.ofInstant(now, ZONE)), seq).value();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p + "orders (id, tenant, protocol, order_type,"
                        + " customer_external_id, customer_name, customer_tax_id, customer_email, customer_phone, customer_language,"
                        + " customer_opt_outs, channel, subject, description, priority, status, status_category, team, agent,"
                        + " attributes, opened_at, first_response_at, resolved_at, closed_at, wait_until, resolution,"
                        + " sla_first_response_due_at, sla_resolution_due_at, sla_paused_since, sla_paused_total_nanos, updated_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, Scenario.TENANT);
                    ps.setString(3, protocol);
                    ps.setString(4, Scenario.TYPE);
                    ps.setString(5, Scenario.customerId(i));
                    ps.setString(6, Scenario.customerName(i));
                    ps.setString(7, TaxIds.cpf(i));
                    ps.setString(8, Scenario.email(i));
                    ps.setString(9, Scenario.phone(i));
                    ps.setString(10, "pt-BR");
                    ps.setString(11, "");
                    ps.setString(12, "PHONE");
                    ps.setString(13, Scenario.SUBJECT);
                    ps.setString(14, Scenario.DESCRIPTION);
                    ps.setString(15, "NORMAL");
                    ps.setString(16, "new");
                    ps.setString(17, "NEW");
                    ps.setString(18, Scenario.TEAM);
                    ps.setString(19, null);
                    ps.setString(20, "{}");
                    instant(ps, 21, now);
                    for (int k = 22; k <= 25; k++) {
                        instant(ps, k, null);
                    }
                    ps.setString(26, null);
                    for (int k = 27; k <= 29; k++) {
                        instant(ps, k, null);
                    }
                    ps.setLong(30, 0);
                    instant(ps, 31, now);
                    ps.setLong(32, 1);
                    ps.executeUpdate();
                }
                String details = "{\"channel\":\"PHONE\",\"customer.email\":\"" + Scenario.email(i) + "\",\"customer.externalId\":\""
                        + Scenario.customerId(i) + "\",\"customer.language\":\"pt-BR\",\"customer.name\":\"" + Scenario.customerName(i)
                        + "\",\"customer.optOuts\":\"\",\"customer.phone\":\"" + Scenario.phone(i) + "\",\"customer.taxId\":\""
                        + TaxIds.cpf(i) + "\",\"description\":\"" + Scenario.DESCRIPTION + "\",\"priority\":\"NORMAL\",\"protocol\":\""
                        + protocol + "\",\"subject\":\"" + Scenario.SUBJECT + "\",\"tenant\":\"" + Scenario.TENANT + "\",\"type\":\"general\"}";
                insertHistory(c, id, 1, "OPEN", null, now, null, "new", null, Scenario.TEAM, null, null, Scenario.DESCRIPTION, null, details);
                Row row = new Row(id, protocol, "new", Scenario.TEAM, null, 1, Scenario.customerName(i), Scenario.email(i), Scenario.phone(i));
                notifyCustomer(c, row, 1, "OPEN", "Aberto", null, Scenario.TEAM_NAME, Scenario.DESCRIPTION, null, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return id;
    }

    /** One transition: read the order, update it if its version did not move, one history row, two outbox rows. */
    private void step(String id, String action, String transition, String status, String category, String newTeam, String agent,
                      String message, String note, String details, Instant waitUntil, String resolution) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Row o;
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + p + "orders WHERE id = ? AND tenant = ?")) {
                    ps.setString(1, id);
                    ps.setString(2, Scenario.TENANT);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("order " + id + " not found");
                        }
                        o = new Row(rs.getString("id"), rs.getString("protocol"), rs.getString("status"), rs.getString("team"),
                                rs.getString("agent"), rs.getLong("version"), rs.getString("customer_name"),
                                rs.getString("customer_email"), rs.getString("customer_phone"));
                    }
                }
                String team = newTeam == null ? o.team() : newTeam.isEmpty() ? o.team() : newTeam;
                String agentAfter = newTeam != null && !newTeam.isEmpty() ? null : agent != null ? agent : o.agent();
                long version = o.version() + 1;
                boolean firstResponse = action.equals("WAIT");
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + p + "orders SET status = ?, status_category = ?, team = ?,"
                        + " agent = ?, wait_until = ?, resolved_at = ?, resolution = ?, updated_at = ?, version = ?"
                        + (firstResponse ? ", first_response_at = ?" : "") + " WHERE id = ? AND tenant = ? AND version = ?")) {
                    ps.setString(1, status);
                    ps.setString(2, category);
                    ps.setString(3, team);
                    ps.setString(4, agentAfter);
                    instant(ps, 5, waitUntil);
                    instant(ps, 6, resolution == null ? null : now);
                    ps.setString(7, resolution);
                    instant(ps, 8, now);
                    ps.setLong(9, version);
                    int k = 10;
                    if (firstResponse) {
                        instant(ps, k++, now);
                    }
                    ps.setString(k++, id);
                    ps.setString(k++, Scenario.TENANT);
                    ps.setLong(k, o.version());
                    if (ps.executeUpdate() != 1) {
                        throw new SQLException("order " + id + " changed concurrently");
                    }
                }
                insertHistory(c, id, version, action, transition, now, o.status(), status, o.team(), team, o.agent(), agentAfter,
                        message, note, details);
                notifyCustomer(c, o, version, action, label(status), label(o.status()),
                        team.equals(Scenario.TEAM) ? Scenario.TEAM_NAME : Scenario.OTHER_TEAM_NAME, message, waitUntil, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String label(String status) {
        return switch (status) {
            case "new" -> "Aberto";
            case "in_progress" -> "Em atendimento";
            case "waiting_customer" -> "Aguardando cliente";
            case "resolved" -> "Resolvido";
            default -> status;
        };
    }

    private void insertHistory(Connection c, String id, long seq, String action, String transition, Instant at, String statusBefore,
                               String statusAfter, String teamBefore, String teamAfter, String agentBefore, String agentAfter,
                               String message, String note, String details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p + "history (order_id, seq, tenant, action, transition_name,"
                + " actor_kind, actor_id, actor_name, actor_roles, occurred_at, status_before, status_after, team_before, team_after,"
                + " agent_before, agent_after, public_message, internal_note, visibility, details)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setLong(2, seq);
            ps.setString(3, Scenario.TENANT);
            ps.setString(4, action);
            ps.setString(5, transition);
            ps.setString(6, "AGENT");
            ps.setString(7, Scenario.AGENT_ID);
            ps.setString(8, Scenario.AGENT_NAME);
            ps.setString(9, "[\"agent\"]");
            instant(ps, 10, at);
            ps.setString(11, statusBefore);
            ps.setString(12, statusAfter);
            ps.setString(13, teamBefore);
            ps.setString(14, teamAfter);
            ps.setString(15, agentBefore);
            ps.setString(16, agentAfter);
            ps.setString(17, message);
            ps.setString(18, note);
            ps.setString(19, "PUBLIC");
            ps.setString(20, details);
            ps.executeUpdate();
        }
    }

    /** E-mail and SMS to the customer, each its own INSERT. */
    private void notifyCustomer(Connection c, Row o, long version, String action, String status, String previous, String teamName,
                                String message, Instant waitUntil, Instant now) throws SQLException {
        String data = "{\"customerName\":\"" + o.customerName() + "\",\"message\":\"" + message + "\""
                + (previous == null ? "" : ",\"previousStatus\":\"" + previous + "\"") + ",\"protocol\":\"" + o.protocol()
                + "\",\"status\":\"" + status + "\",\"step\":\"" + action + "\",\"subject\":\"" + Scenario.SUBJECT
                + "\",\"team\":\"" + teamName + "\",\"type\":\"Atendimento geral\""
                + (waitUntil == null ? "" : ",\"waitUntil\":\"" + waitUntil + "\"") + "}";
        for (String channel : new String[]{"EMAIL", "SMS"}) {
            String key = o.id() + ":" + version + ":CUSTOMER:" + channel;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p + "outbox (id, tenant, order_id, protocol, order_version,"
                    + " event_action, audience, channel, recipient, language, template_data, idempotency_key, status, attempts,"
                    + " created_at, next_attempt_at, sent_at, last_error, claimed_by, lease_until)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, Scenario.TENANT);
                ps.setString(3, o.id());
                ps.setString(4, o.protocol());
                ps.setLong(5, version);
                ps.setString(6, action);
                ps.setString(7, "CUSTOMER");
                ps.setString(8, channel);
                ps.setString(9, channel.equals("EMAIL") ? o.email() : o.phone());
                ps.setString(10, "pt-BR");
                ps.setString(11, data);
                ps.setString(12, key);
                ps.setString(13, "PENDING");
                ps.setInt(14, 0);
                instant(ps, 15, now);
                instant(ps, 16, now);
                instant(ps, 17, null);
                ps.setString(18, null);
                ps.setString(19, null);
                instant(ps, 20, null);
                ps.executeUpdate();
            }
        }
    }

    private void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, mariadb ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (mariadb) {
            ps.setObject(index, LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }
}
