package dev.protocolo.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.customer.TaxId;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.protocol.ProtocolContext;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.OrderStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;

/**
 * Lookup and report latency with many orders stored: by protocol, by tax id and a tenant's first page,
 * through the storage's {@link OrderStore}, one query at a time, after a warm-up. Orders are loaded into
 * the library's own tables (created by its migration) with {@code COPY} on PostgreSQL and multi-row
 * {@code INSERT}s elsewhere; a table that already holds exactly the requested number of orders is reused.
 *
 * <p>Options: {@code --db=postgresql --orders=100000 --tenants=10 --queries=2000 --warmup=500 --reload=false}.
 */
public final class LookupLatency {
    private static final String PREFIX = "lookup_";
    private static final ProtocolFormat FORMAT = ProtocolFormat.yearly();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final Instant START = Instant.parse("2026-01-01T03:00:00Z");
    private static final String[][] STATES = {{"new", "NEW"}, {"in_progress", "IN_PROGRESS"}, {"resolved", "RESOLVED"}, {"closed", "CLOSED"}};
    private static final String COLUMNS = "id, tenant, protocol, order_type, customer_external_id, customer_name, customer_tax_id,"
            + " customer_email, customer_phone, customer_language, customer_opt_outs, channel, subject, description, priority,"
            + " status, status_category, team, agent, attributes, opened_at, updated_at, sla_paused_total_nanos, version";

    private LookupLatency() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db", "postgresql");
        defaults.put("orders", "100000");
        defaults.put("tenants", "10");
        defaults.put("queries", "2000");
        defaults.put("warmup", "500");
        defaults.put("reload", "false");
        Options o = Options.parse(args, defaults);
        System.out.println("# lookup latency: " + o.describe());
        int orders = o.integer("orders");
        int tenants = o.integer("tenants");
        if (orders / tenants + 1 > FORMAT.maxSequence()) {
            throw new IllegalArgumentException("at most " + FORMAT.maxSequence() + " orders per tenant: raise --tenants");
        }
        List<String> rows = new ArrayList<>();
        for (Database db : Database.reachable(o.list("db"))) {
            try (HikariDataSource pool = db.pool("lookup-" + db.name(), 2)) {
                JdbcStorage storage = Database.prepare(pool, PREFIX);
                long present = Database.rowCounts(pool, PREFIX)[0];
                if (present != orders || Boolean.parseBoolean(o.string("reload"))) {
                    Database.truncate(pool, PREFIX);
                    long t0 = System.nanoTime();
                    if (db.name().equals("postgresql")) {
                        copyIn(db, orders, tenants);
                    } else {
                        insertMultiRow(db, orders, tenants);
                    }
                    double load = (System.nanoTime() - t0) / 1e9;
                    long t1 = System.nanoTime();
                    analyze(db);
                    System.out.printf("# %s: loaded %d orders in %.1f s (%.0f rows/s), statistics in %.1f s%n", db.name(), orders,
                            load, orders / load, (System.nanoTime() - t1) / 1e9);
                } else {
                    System.out.println("# " + db.name() + ": reusing the " + orders + " orders already loaded");
                }
                OrderStore store = storage.orders();
                Random random = new Random(42);
                int customersPerTenant = Math.max(1, orders / tenants / 3);
                rows.add(measure(db, orders, "find by protocol", o, i -> {
                    int k = random.nextInt(orders);
                    if (store.findByProtocol(tenant(k, tenants), protocol(k, tenants)).isEmpty()) {
                        throw new IllegalStateException("order " + k + " not found by protocol");
                    }
                }));
                rows.add(measure(db, orders, "find by tax id (≤ 20)", o, i -> {
                    String tenant = "t" + random.nextInt(tenants);
                    TaxId taxId = TaxId.parse(TaxIds.cpf(random.nextInt(customersPerTenant)));
                    if (store.findByTaxId(tenant, taxId, 20).isEmpty()) {
                        throw new IllegalStateException("no order for a customer of " + tenant);
                    }
                }));
                rows.add(measure(db, orders, "tenant's first page (50)", o, i -> {
                    if (store.search(OrderQuery.all("t" + random.nextInt(tenants), 50)).items().size() != 50) {
                        throw new IllegalStateException("short first page");
                    }
                }));
                // A manager's weekly report for one tenant: volume, backlog, times, SLA and team holds, all in SQL.
                dev.protocolo.report.Reports reports = dev.protocolo.report.Reports.of(
                        storage.configure(dev.protocolo.desk.ServiceDesk.builder()).build(), storage.reports());
                long span = 20L * orders;
                rows.add(measure(db, orders, "report, one tenant, 7 days", o, i -> {
                    Instant from = START.plusSeconds(random.nextLong(Math.max(1, span - 7 * 86_400L)));
                    Instant to = from.plusSeconds(7 * 86_400L);
                    if (reports.run(dev.protocolo.report.ReportRequest.of("t" + random.nextInt(tenants), from, to)
                            .asOf(to)).volume().opened() == 0) {
                        throw new IllegalStateException("empty report week");
                    }
                }));
                rows.forEach(System.out::println);
            }
        }
        System.out.println();
        System.out.println("| database | orders stored | query | p50 ms | p99 ms | max ms | queries |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String measure(Database db, int orders, String name, Options o, IntConsumer query) {
        for (int i = 0; i < o.integer("warmup"); i++) {
            query.accept(i);
        }
        int n = o.integer("queries");
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - t0;
        }
        long[] s = Stats.sorted(nanos);
        return String.format("| %s | %d | %s | %.3f | %.3f | %.3f | %d |", db.name(), orders, name, Stats.percentile(s, 50) / 1e6,
                Stats.percentile(s, 99) / 1e6, s[s.length - 1] / 1e6, n);
    }

    static String tenant(int k, int tenants) {
        return "t" + (k % tenants);
    }

    static ProtocolNumber protocol(int k, int tenants) {
        return FORMAT.format(new ProtocolContext(tenant(k, tenants), "general", DAY), k / tenants + 1L);
    }

    /** Order {@code k}: tenant k mod tenants, its (k / tenants + 1)-th number; about three orders per customer. */
    private static Object[] row(int k, int tenants, int customersPerTenant) {
        int customer = (k / tenants) % customersPerTenant;
        Instant opened = START.plusSeconds(20L * k);
        String[] state = STATES[k % STATES.length];
        return new Object[]{new java.util.UUID(0x5052L, k).toString(), tenant(k, tenants), protocol(k, tenants).value(), "general",
                Scenario.customerId(customer), Scenario.customerName(customer), TaxIds.cpf(customer), Scenario.email(customer),
                Scenario.phone(customer), "pt-BR", "", "PHONE", Scenario.SUBJECT, Scenario.DESCRIPTION, "NORMAL", state[0], state[1],
                Scenario.TEAM, Scenario.AGENT_ID, "{}", opened, opened.plusSeconds(600), 0L, 3L};
    }

    private static void copyIn(Database db, int orders, int tenants) throws Exception {
        int customersPerTenant = Math.max(1, orders / tenants / 3);
        try (Connection c = DriverManager.getConnection(db.url())) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder csv = new StringBuilder(1 << 22);
            for (int k = 0; k < orders; k++) {
                Object[] r = row(k, tenants, customersPerTenant);
                for (int j = 0; j < r.length; j++) {
                    if (j > 0) {
                        csv.append(',');
                    }
                    Object v = r[j];
                    if (v instanceof String s) {
                        csv.append('"').append(s.replace("\"", "\"\"")).append('"');
                    } else {
                        csv.append(v);
                    }
                }
                csv.append('\n');
                if (csv.length() > (1 << 22) || k == orders - 1) {
                    copy.copyIn("COPY " + PREFIX + "orders (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                            new java.io.StringReader(csv.toString()));
                    csv.setLength(0);
                }
            }
        }
    }

    private static void insertMultiRow(Database db, int orders, int tenants) throws Exception {
        int customersPerTenant = Math.max(1, orders / tenants / 3);
        int perStatement = 500;
        int width = COLUMNS.split(",").length;
        String one = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        boolean mariadb = db.name().equals("mariadb");
        try (Connection c = DriverManager.getConnection(db.url())) {
            c.setAutoCommit(false);
            for (int from = 0; from < orders; from += perStatement) {
                int count = Math.min(perStatement, orders - from);
                String sql = "INSERT INTO " + PREFIX + "orders (" + COLUMNS + ") VALUES "
                        + String.join(", ", java.util.Collections.nCopies(count, one));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int p = 1;
                    for (int k = from; k < from + count; k++) {
                        for (Object v : row(k, tenants, customersPerTenant)) {
                            if (v instanceof Instant t) {
                                ps.setObject(p++, mariadb ? LocalDateTime.ofInstant(t, ZoneOffset.UTC) : OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                            } else {
                                ps.setObject(p++, v);
                            }
                        }
                    }
                    ps.executeUpdate();
                }
                c.commit();
            }
        }
    }

    private static void analyze(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            switch (db.name()) {
                case "postgresql" -> s.execute("ANALYZE " + PREFIX + "orders");
                case "mariadb" -> {
                    try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + PREFIX + "orders")) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
                default -> s.execute("ANALYZE");
            }
        }
    }
}
