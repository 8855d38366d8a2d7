package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.command.AddNote;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.OrderQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two "nodes" (independent connection pools and storages on one database) hammer the same series and the
 * same order through real {@link ServiceDesk}s: numbers stay unique (and gap-free when asked), and
 * optimistic locking lets exactly one writer win per version without losing history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcConcurrencyTest {
    static final String PREFIX = "cc_";
    static final int THREADS_PER_NODE = 8;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    HikariDataSource poolA;
    HikariDataSource poolB;

    abstract Database database();

    @BeforeAll
    void start() {
        // headroom over the thread count: a new series is created on a second connection
        poolA = TestDatabases.pool(database(), "concurrency", THREADS_PER_NODE + 4);
        poolB = TestDatabases.pool(database(), "concurrency", THREADS_PER_NODE + 4);
        TestDatabases.dropTables(poolA, PREFIX);
    }

    @AfterAll
    void stop() {
        if (poolA != null) {
            poolA.close();
        }
        if (poolB != null) {
            poolB.close();
        }
    }

    private ServiceDesk desk(HikariDataSource pool, SequenceStrategy strategy) {
        JdbcStorage storage = JdbcStorage.builder(pool).tablePrefix(PREFIX).sequenceStrategy(strategy).build();
        return storage.configure(ServiceDesk.builder()).clock(CLOCK).zone(ZoneOffset.UTC).build();
    }

    private static OpenOrder open(String tenant, int i) {
        return new OpenOrder(tenant, "general", new Customer("c" + i, "Cliente " + i, null, "c" + i + "@exemplo.com.br",
                null, null, null), Channel.PHONE, "Pedido " + i, null, null, null, null, Actor.agent("a", "Ana"));
    }

    @Test
    void gapFreeNumbersAreUniqueAndContiguousAcrossTwoNodes() throws Exception {
        int total = 10_000;
        String tenant = "gf" + UUID.randomUUID().toString().substring(0, 8);
        List<String> protocols = openConcurrently(tenant, total, SequenceStrategy.GAP_FREE);
        Set<Long> numbers = ConcurrentHashMap.newKeySet();
        protocols.forEach(p -> assertTrue(numbers.add(Long.parseLong(p.substring(4))), "duplicate protocol " + p));
        assertEquals(LongStream.rangeClosed(1, total).boxed().collect(java.util.stream.Collectors.toSet()), numbers);
        assertEquals(total, countOrders(tenant));
    }

    @Test
    void blockNumbersAreUniqueAcrossTwoNodes() throws Exception {
        int total = 2_000;
        String tenant = "bl" + UUID.randomUUID().toString().substring(0, 8);
        List<String> protocols = openConcurrently(tenant, total, SequenceStrategy.blocks(50));
        assertEquals(total, Set.copyOf(protocols).size());
        assertEquals(total, countOrders(tenant));
    }

    private List<String> openConcurrently(String tenant, int total, SequenceStrategy strategy) throws Exception {
        ServiceDesk a = desk(poolA, strategy);
        ServiceDesk b = desk(poolB, strategy);
        AtomicInteger next = new AtomicInteger();
        List<String> protocols = java.util.Collections.synchronizedList(new ArrayList<>(total));
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
            ServiceDesk desk = t % 2 == 0 ? a : b;
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    protocols.add(desk.open(open(tenant, i)).protocol().value());
                }
                return null;
            });
        }
        runAll(workers, 300);
        assertEquals(total, protocols.size());
        return protocols;
    }

    @Test
    void exactlyOneWriterWinsEachVersionAndNoHistoryIsLost() throws Exception {
        ServiceDesk a = desk(poolA, SequenceStrategy.GAP_FREE);
        ServiceDesk b = desk(poolB, SequenceStrategy.GAP_FREE);
        String tenant = "rc" + UUID.randomUUID().toString().substring(0, 8);
        ServiceOrder order = a.open(open(tenant, 0));
        int rounds = 25;
        int threads = 8;
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < rounds; r++) {
                long version = a.find(tenant, order.id()).orElseThrow().version();
                CyclicBarrier start = new CyclicBarrier(threads);
                AtomicInteger roundWins = new AtomicInteger();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    ServiceDesk desk = t % 2 == 0 ? a : b;
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        try {
                            desk.note(new AddNote(new OrderRef(tenant, order.id(), version), Actor.agent("a" + thread, "Agente"),
                                    "nota de " + thread));
                            roundWins.incrementAndGet();
                        } catch (ConcurrentModificationException e) {
                            refusals.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(1, roundWins.get(), "round " + r + " (version " + version + ")");
                wins.addAndGet(roundWins.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(rounds, wins.get());
        assertEquals(rounds * (threads - 1), refusals.get());
        ServiceOrder last = a.find(tenant, order.id()).orElseThrow();
        assertEquals(rounds + 1, last.version());
        List<HistoryEntry> history = a.history(tenant, order.id());
        assertEquals(LongStream.rangeClosed(1, last.version()).boxed().toList(),
                history.stream().map(HistoryEntry::sequence).toList());
        assertEquals(last, a.replay(history).toBuilder().build());
        assertEquals(1, a.store().search(OrderQuery.all(tenant, 10)).items().size());
    }

    private static void runAll(List<Callable<Void>> workers, int timeoutSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Void>> futures = pool.invokeAll(workers, timeoutSeconds, TimeUnit.SECONDS);
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long countOrders(String tenant) throws SQLException {
        try (Connection c = poolA.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT protocol) FROM " + PREFIX + "orders WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(rs.getLong(1), rs.getLong(2), "protocols unique in the table");
                return rs.getLong(1);
            }
        }
    }
}
