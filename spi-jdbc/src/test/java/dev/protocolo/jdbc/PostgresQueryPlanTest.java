package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.customer.TaxId;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.order.OrderId;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.ReportSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On PostgreSQL with 20,000 orders in 20 tenants, the lookups and report queries the adapter actually runs (recorded
 * through a data-source proxy and replayed under {@code EXPLAIN} with the same parameters) read orders through an
 * index, never by scanning the table. Skipped unless PostgreSQL is configured.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresQueryPlanTest {
    static final String PREFIX = "px_";
    static final int ORDERS = 20_000;
    static final String TENANT = "t07";
    static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-06-08T00:00:00Z");

    HikariDataSource ds;
    RecordingDataSource recorder;
    JdbcStorage storage;

    @BeforeAll
    void load() throws SQLException {
        TestDatabases.assumeConfigured(Database.POSTGRESQL);
        ds = TestDatabases.pool(Database.POSTGRESQL, "plans", 2);
        TestDatabases.dropTables(ds, PREFIX);
        recorder = new RecordingDataSource(ds);
        storage = JdbcStorage.builder(recorder.dataSource()).tablePrefix(PREFIX).build();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(ordersSql());
            s.execute(historySql());
            s.execute("ANALYZE " + PREFIX + "orders");
            s.execute("ANALYZE " + PREFIX + "history");
        }
    }

    /**
     * One order every 30 minutes from 2025-01-01 (about 14 months), tenants in turn, about four orders per customer
     * with valid CPFs; three in four resolved a day after opening, one in eight of those closed a day later, one in
     * five forwarded from frontline to finance two hours after opening.
     */
    private static String ordersSql() {
        // CPF check digits: each is 11 minus the weighted digit sum mod 11, 0 when that is 10 or 11
        String cpf = "base || d1 || ((11 - (s2 + d1 * 2) % 11) % 11 % 10)";
        return "INSERT INTO " + PREFIX + "orders (id, tenant, protocol, order_type, customer_external_id, customer_name,"
                + " customer_tax_id, customer_email, customer_phone, customer_language, customer_opt_outs, channel, subject,"
                + " description, priority, status, status_category, team, agent, attributes, opened_at, first_response_at,"
                + " resolved_at, closed_at, sla_resolution_due_at, sla_paused_total_nanos, updated_at, version)"
                + " SELECT md5(i::text)::uuid::text, 't' || lpad((i % 20)::text, 2, '0'), 'P' || lpad(i::text, 8, '0'),"
                + " CASE WHEN i % 3 = 0 THEN 'billing' ELSE 'general' END, 'crm-' || (i / 4), 'Cliente ' || (i / 4), " + cpf + ","
                + " 'c' || i || '@example.com', NULL, 'pt-BR', '', CASE WHEN i % 2 = 0 THEN 'PHONE' ELSE 'EMAIL' END,"
                + " 'Pedido ' || i, NULL, 'NORMAL',"
                + " CASE WHEN i % 4 = 0 THEN 'new' WHEN i % 8 = 1 THEN 'closed' ELSE 'resolved' END,"
                + " CASE WHEN i % 4 = 0 THEN 'NEW' WHEN i % 8 = 1 THEN 'CLOSED' ELSE 'RESOLVED' END,"
                + " CASE WHEN i % 5 = 0 THEN 'finance' ELSE 'frontline' END, NULL, '{}', opened,"
                + " CASE WHEN i % 4 = 0 THEN NULL ELSE opened + interval '1 hour' END,"
                + " CASE WHEN i % 4 = 0 THEN NULL ELSE opened + interval '1 day' END,"
                + " CASE WHEN i % 8 = 1 THEN opened + interval '2 days' END,"
                + " opened + interval '2 days', 0, opened, 1"
                + " FROM (SELECT i, timestamptz '2025-01-01 00:00:00+00' + i * interval '30 minutes' AS opened,"
                + " lpad((100000 + i / 4)::text, 9, '0') AS base FROM generate_series(1, " + ORDERS + ") i) g"
                + " CROSS JOIN LATERAL (SELECT SUM(substr(base, k, 1)::int * (11 - k)) AS s1,"
                + " SUM(substr(base, k, 1)::int * (12 - k)) AS s2 FROM generate_series(1, 9) k) w"
                + " CROSS JOIN LATERAL (SELECT (11 - s1 % 11) % 11 % 10 AS d1) c";
    }

    private static String historySql() {
        String columns = " (order_id, seq, tenant, action, transition_name, actor_kind, actor_id, actor_name, actor_roles,"
                + " occurred_at, status_before, status_after, team_before, team_after, visibility, details)";
        String insert = "INSERT INTO " + PREFIX + "history" + columns + " SELECT id, ";
        String tail = ", 'AGENT', 'ana', 'Ana', '[]', ";
        return insert + "1, tenant, 'OPEN', NULL" + tail + "opened_at, NULL, 'new', NULL, 'frontline', 'PUBLIC', '{}' FROM " + PREFIX + "orders;"
                + insert + "2, tenant, 'FORWARD', 'forward'" + tail + "opened_at + interval '2 hours', 'new', 'new', 'frontline', team,"
                + " 'INTERNAL', '{}' FROM " + PREFIX + "orders WHERE team = 'finance';"
                + insert + "3, tenant, 'RESOLVE', 'resolve'" + tail + "resolved_at, 'new', 'resolved', team, team, 'PUBLIC', '{}'"
                + " FROM " + PREFIX + "orders WHERE resolved_at IS NOT NULL;"
                + insert + "4, tenant, 'CLOSE', 'close'" + tail + "closed_at, 'resolved', 'closed', team, team, 'PUBLIC', '{}'"
                + " FROM " + PREFIX + "orders WHERE closed_at IS NOT NULL";
    }

    @AfterAll
    void stop() {
        if (ds != null) {
            TestDatabases.dropTables(ds, PREFIX);
            ds.close();
        }
    }

    /** Runs {@code call}, then EXPLAINs every query it ran and returns the plans. */
    private List<String> plans(Supplier<?> call) throws SQLException {
        recorder.clear();
        call.get();
        List<RecordingDataSource.Executed> queries = recorder.executed();
        assertFalse(queries.isEmpty(), "nothing was recorded");
        List<String> plans = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            for (RecordingDataSource.Executed q : queries) {
                StringBuilder plan = new StringBuilder(q.sql()).append('\n');
                try (PreparedStatement ps = q.prepare(c, "EXPLAIN (FORMAT TEXT) "); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                plans.add(plan.toString());
            }
        }
        return plans;
    }

    private void assertIndexed(String what, Supplier<?> call, String... tables) throws SQLException {
        for (String plan : plans(call)) {
            for (String table : tables) {
                assertFalse(plan.contains("Seq Scan on " + PREFIX + table), what + " scans " + PREFIX + table + ":\n" + plan);
            }
            assertTrue(plan.contains("Index"), what + " uses no index:\n" + plan);
        }
    }

    private ReportSource.Filter tenant() {
        return new ReportSource.Filter(TENANT, null, null, null, null);
    }

    @Test
    void lookupsUseIndexes() throws SQLException {
        String protocol;
        String taxId;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT protocol, customer_tax_id FROM "
                + PREFIX + "orders WHERE tenant = ? ORDER BY protocol LIMIT 1")) {
            ps.setString(1, TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                protocol = rs.getString(1);
                taxId = rs.getString(2);
            }
        }
        assertTrue(storage.orders().findByProtocol(TENANT, new ProtocolNumber(protocol)).isPresent());
        assertEquals(50, storage.orders().search(OrderQuery.all(TENANT, 50)).items().size());

        assertIndexed("find by protocol", () -> storage.orders().findByProtocol(TENANT, new ProtocolNumber(protocol)), "orders");
        assertIndexed("find by tax id", () -> storage.orders().findByTaxId(TENANT, TaxId.parse(taxId), 20), "orders");
        assertIndexed("first page", () -> storage.orders().search(OrderQuery.all(TENANT, 50)), "orders");
        assertIndexed("find by id", () -> storage.orders().findById(TENANT, OrderId.parse(
                storage.orders().findByProtocol(TENANT, new ProtocolNumber(protocol)).orElseThrow().id().toString())), "orders");
    }

    @Test
    void reportQueriesUseIndexes() throws SQLException {
        ReportSource r = storage.reports();
        ReportSource.Volume v = r.volume(tenant(), FROM, TO);
        assertTrue(v.opened() > 10 && v.resolved() > 5, v.toString());

        assertIndexed("volume", () -> r.volume(tenant(), FROM, TO), "orders", "history");
        assertIndexed("resolutions", () -> r.resolutions(tenant(), FROM, TO), "orders");
        assertIndexed("first responses", () -> r.firstResponses(tenant(), FROM, TO), "orders");
        assertIndexed("SLA", () -> r.sla(tenant(), FROM, TO), "orders");
        assertIndexed("backlog", () -> r.backlog(tenant(), TO), "orders");
        assertIndexed("expired", () -> storage.retention().expired(TENANT, "general", FROM, 100), "orders", "history");
    }

    @Test
    void teamHoldsReadOnlyTheTenantsOrders() throws SQLException {
        List<ReportSource.TeamHold> holds = storage.reports().teamHolds(tenant(), FROM, TO);
        assertFalse(holds.isEmpty());
        assertIndexed("team holds", () -> storage.reports().teamHolds(tenant(), FROM, TO), "orders", "history");
    }
}
