package dev.protocolo.desk;

import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.TaxId;
import dev.protocolo.memory.InMemoryStore;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.Priority;
import java.util.Map;
import java.util.Set;

/** Shared test data: a desk on the in-memory adapters with a manual clock. */
public final class Fixtures {
    public static final String TENANT = "acme";
    public static final Actor FRONTLINE = Actor.agent("ana", "Ana Souza", "agent");
    public static final Actor FINANCE = Actor.agent("bruno", "Bruno Lima", "agent", "finance");
    public static final Actor SUPERVISOR = Actor.agent("carla", "Carla Dias", "agent", "supervisor");

    public final ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
    public final InMemoryStore store = new InMemoryStore();
    public final ServiceDesk desk;

    public Fixtures() {
        this(ServiceDesk.builder());
    }

    public Fixtures(ServiceDeskBuilder builder) {
        desk = builder.store(store).outbox(store).unitOfWork(store)
                .sequence(new dev.protocolo.memory.InMemoryProtocolSequence())
                .clock(clock)
                .team("frontline", "Atendimento")
                .team("finance", "Financeiro")
                .team("support", "Suporte técnico")
                .build();
    }

    public static Customer customer() {
        return new Customer("crm-42", "Maria Oliveira", TaxId.parse("529.982.247-25"), "maria@example.com",
                "+5511987654321", "pt-BR", Set.of());
    }

    public static OpenOrder phoneCall(String subject) {
        return new OpenOrder(TENANT, "general", customer(), Channel.PHONE, subject, "Cliente pediu pelo telefone",
                Priority.NORMAL, Map.of(), "frontline", FRONTLINE);
    }
}
