package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.customer.TaxId;
import dev.protocolo.memory.InMemoryProtocolSequence;
import dev.protocolo.memory.InMemoryStore;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** With the order cache on, a command naming its version skips the read, and stale versions still fail. */
class OrderCacheTest {
    private final InMemoryStore memory = new InMemoryStore();
    private final AtomicInteger reads = new AtomicInteger();
    private final OrderStore counting = new OrderStore() {
        @Override public void insert(ServiceOrder order, HistoryEntry opening) { memory.insert(order, opening); }
        @Override public void update(ServiceOrder order, long v, HistoryEntry entry) { memory.update(order, v, entry); }
        @Override public Optional<ServiceOrder> findById(String tenant, OrderId id) {
            reads.incrementAndGet();
            return memory.findById(tenant, id);
        }
        @Override public Optional<ServiceOrder> findByProtocol(String t, ProtocolNumber p) { return memory.findByProtocol(t, p); }
        @Override public List<HistoryEntry> history(String t, OrderId id) { return memory.history(t, id); }
        @Override public List<ServiceOrder> findByTaxId(String t, TaxId x, int l) { return memory.findByTaxId(t, x, l); }
        @Override public List<ServiceOrder> findByCustomer(String t, String c, int l) { return memory.findByCustomer(t, c, l); }
        @Override public Page<ServiceOrder> search(OrderQuery q) { return memory.search(q); }
    };

    private ServiceDesk desk(int cache) {
        return ServiceDesk.builder().store(counting).outbox(memory).unitOfWork(memory)
                .sequence(new InMemoryProtocolSequence()).orderCache(cache).build();
    }

    @Test
    void commandsNamingTheirVersionSkipTheRead() {
        ServiceDesk desk = desk(100);
        ServiceOrder o = desk.open(Fixtures.phoneCall("x"));
        o = desk.assign(new Assign(OrderRef.of(o), FINANCE, "finance", null, null));
        o = desk.reply(new AddReply(OrderRef.of(o), FINANCE, "Olá"));
        assertEquals(0, reads.get(), "every command found its version in the cache");
        desk.note(new AddNote(OrderRef.latest(TENANT, o.id()), FINANCE, "sem versão: lê"));
        assertEquals(1, reads.get());
        assertEquals(4, memory.history(TENANT, o.id()).size());
    }

    @Test
    void aVersionChangedElsewhereStillFailsItsGuard() {
        ServiceDesk cached = desk(100);
        ServiceDesk other = desk(0);
        ServiceOrder o = cached.open(Fixtures.phoneCall("x"));
        other.note(new AddNote(OrderRef.of(o), FINANCE, "outro nó"));
        ServiceOrder stale = o;
        assertThrows(ConcurrentModificationException.class,
                () -> cached.reply(new AddReply(OrderRef.of(stale), FINANCE, "Olá")));
        assertEquals(2, memory.history(TENANT, o.id()).size(), "nothing written by the refused command");
        ServiceOrder fresh = cached.find(TENANT, o.id()).orElseThrow();
        assertEquals(3, cached.reply(new AddReply(OrderRef.of(fresh), FINANCE, "Olá")).version());
    }

    @Test
    void theCacheIsRefusedWhenCommitsCannotBeObserved() {
        dev.protocolo.spi.UnitOfWork hostManaged = new dev.protocolo.spi.UnitOfWork() {
            @Override public <T> T execute(java.util.function.Supplier<T> work) { return memory.execute(work); }
            @Override public boolean observesCommit() { return false; }
        };
        DeskConfigurationException e = assertThrows(DeskConfigurationException.class, () -> ServiceDesk.builder()
                .store(counting).outbox(memory).unitOfWork(hostManaged).sequence(new InMemoryProtocolSequence())
                .orderCache(10).build());
        assertEquals(true, e.getMessage().contains("orderCache"), e.getMessage());
    }

    @Test
    void withoutTheCacheEveryCommandReads() {
        ServiceDesk desk = desk(0);
        ServiceOrder o = desk.open(Fixtures.phoneCall("x"));
        desk.assign(new Assign(OrderRef.of(o), FINANCE, "finance", null, null));
        assertEquals(1, reads.get());
    }
}
