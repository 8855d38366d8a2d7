package dev.protocolo.examples;

import dev.protocolo.ProtocoloException;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.lifecycle.Transition;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.WaitingOn;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A technical-support order type with its own lifecycle: triage, diagnosis, waiting for a spare part,
 * a second-level team that only level-2 technicians may escalate to, and a rule that an order is only
 * resolved once someone has actually answered the customer. Orders must carry the product's serial number.
 */
public final class TechSupportLifecycleExample {
    public static void main(String[] args) {
        Lifecycle support = Lifecycle.builder("tech-support")
                .status(Status.of("triage", StatusCategory.NEW, "Em triagem", "In triage"))
                .status(Status.of("diagnosing", StatusCategory.IN_PROGRESS, "Em diagnóstico", "Being diagnosed"))
                .status(Status.waiting("awaiting_part", WaitingOn.THIRD_PARTY, "Aguardando peça", "Waiting for a spare part"))
                .status(Status.of("fixed", StatusCategory.RESOLVED, "Reparado", "Fixed"))
                .status(Status.of("closed", StatusCategory.CLOSED, "Encerrado", "Closed"))
                .status(Status.of("cancelled", StatusCategory.CANCELLED, "Cancelado", "Cancelled"))
                .initial("triage")
                .transition("start", Action.ASSIGN, "diagnosing", "triage")
                .step("reassign", Action.ASSIGN, "diagnosing", "awaiting_part")
                .transition(new Transition("escalate_n2", Action.FORWARD, Set.of("triage", "diagnosing"), Transition.STAY,
                        Set.of("reason"), Set.of("n2"), null, null))
                .step("reply", Action.REPLY, "triage", "diagnosing", "awaiting_part")
                .step("note", Action.NOTE, "triage", "diagnosing", "awaiting_part", "fixed", "closed", "cancelled")
                .transition("order_part", Action.WAIT, "awaiting_part", "diagnosing")
                .transition("part_arrived", Action.RESUME, "diagnosing", "awaiting_part")
                .transition(new Transition("fix", Action.RESOLVE, Set.of("diagnosing"), "fixed", Set.of("resolution"),
                        Set.of(), ctx -> ctx.order().firstResponseAt() != null, "a first response to the customer"))
                .transition("close", Action.CLOSE, "closed", "fixed")
                .transitionRequiring("reopen", Action.REOPEN, Set.of("reason"), "diagnosing", "fixed")
                .transitionRequiring("cancel", Action.CANCEL, Set.of("reason"), "cancelled", "triage", "diagnosing", "awaiting_part")
                .build();
        OrderType repair = OrderType.builder("repair").name("Suporte técnico").lifecycle(support)
                .requireAttributes("serial_number").defaultTeam("n1").build();

        ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
        ServiceDesk desk = ServiceDesk.builder().inMemory().clock(clock).type(repair)
                .team("n1", "Suporte nível 1").team("n2", "Suporte nível 2").build();
        Actor n1 = Actor.agent("rita", "Rita", "n1");
        Actor n2 = Actor.agent("caio", "Caio", "n2");
        Customer customer = Customer.builder().externalId("crm-7").name("Padaria Pão Quente").taxId("11.222.333/0001-81")
                .email("contato@paoquente.example").build();

        try {
            desk.open(new OpenOrder("acme", "repair", customer, Channel.WEB, "Roteador não liga", null, Priority.HIGH,
                    Map.of(), null, n1));
        } catch (ProtocoloException refused) {
            System.out.println("refused: " + refused.getMessage());
        }
        ServiceOrder o = desk.open(new OpenOrder("acme", "repair", customer, Channel.WEB, "Roteador não liga", null,
                Priority.HIGH, Map.of("serial_number", "RT-88231"), null, n1));
        print(desk, o);
        o = desk.assign(new Assign(OrderRef.of(o), n1, null, "rita", null));
        print(desk, o);
        try {
            desk.resolve(new Resolve(OrderRef.of(o), n1, "Fonte trocada", null));
        } catch (ProtocoloException refused) {
            System.out.println("refused: " + refused.getMessage());
        }
        try {
            desk.forward(new Forward(OrderRef.of(o), n1, "n2", "precisa de bancada", null));
        } catch (ProtocoloException refused) {
            System.out.println("refused: " + refused.getMessage());
        }
        o = desk.forward(new Forward(OrderRef.of(o), n2, "n2", "precisa de bancada", null));
        print(desk, o);
        o = desk.hold(new Wait(OrderRef.of(o), n2, WaitingOn.THIRD_PARTY, clock.instant().plus(Duration.ofDays(3)),
                "Pedimos a peça ao fabricante.", null));
        print(desk, o);
        clock.advance(Duration.ofDays(2));
        o = desk.resume(new Resume(OrderRef.of(o), n2, "A peça chegou."));
        o = desk.resolve(new Resolve(OrderRef.of(o), n2, "Fonte substituída e roteador testado.", null));
        print(desk, o);
    }

    private static void print(ServiceDesk desk, ServiceOrder o) {
        System.out.printf("%s  %-28s team %s%n", o.protocol(),
                desk.type(o.type()).lifecycle().status(o.status()).label("pt-BR"), desk.team(o.team()).name());
    }
}
