package dev.protocolo.benchmarks.jmh;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.internal.OrderEvolution;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Visibility;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One transition in memory. Through the desk (validation, lifecycle rules, history entry, outbox, in the
 * in-memory store's unit of work): an internal note on the same order, and forward/assign alternating
 * (status changes that put two notifications in the outbox). The in-memory store keeps every entry, so a
 * fresh desk is built for each iteration and the fork gets a large heap. And the pure function the desk
 * uses to turn (order, entry) into the next order, {@link OrderEvolution#apply}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TransitionBenchmark {
    private static final Actor AGENT = Actor.agent("ana", "Ana Souza", "agent");

    private ServiceDesk desk;
    private ServiceOrder order;
    private boolean forwardNext;

    private Lifecycle lifecycle;
    private ServiceOrder before;
    private HistoryEntry noteEntry;

    @Setup(Level.Iteration)
    public void freshDesk() {
        desk = ServiceDesk.builder().inMemory().clock(ManualClock.at("2026-03-02T13:00:00Z"))
                .team("support", "Suporte").team("billing", "Financeiro").build();
        Customer maria = Customer.builder().externalId("crm-1001").name("Maria Oliveira").taxId("529.982.247-25")
                .email("maria@example.com").mobilePhone("+5511987654321").build();
        order = desk.open(new OpenOrder("acme", "general", maria, Channel.PHONE, "Segunda via da fatura", null,
                Priority.NORMAL, Map.of(), "support", AGENT));
        order = desk.assign(new Assign(OrderRef.of(order), AGENT, null, "ana", null));
        forwardNext = true;
        lifecycle = desk.type("general").lifecycle();
        before = order;
        noteEntry = new HistoryEntry(before.id(), before.version() + 1, Action.NOTE, "note", AGENT, before.updatedAt(),
                before.status(), before.status(), before.team(), before.team(), before.agent(), before.agent(), null,
                "cliente pediu desconto", Visibility.INTERNAL, Map.of());
    }

    @Benchmark
    public ServiceOrder deskNote() {
        order = desk.note(new AddNote(OrderRef.of(order), AGENT, "cliente ligou de novo"));
        return order;
    }

    @Benchmark
    public ServiceOrder deskForwardAssign() {
        order = forwardNext
                ? desk.forward(new Forward(OrderRef.of(order), AGENT, "billing", "estorno", "Encaminhado ao financeiro."))
                : desk.assign(new Assign(OrderRef.of(order), AGENT, "support", "ana", "Estou cuidando do seu pedido."));
        forwardNext = !forwardNext;
        return order;
    }

    @Benchmark
    public ServiceOrder orderEvolutionApply() {
        return OrderEvolution.apply(lifecycle, before, noteEntry);
    }
}
