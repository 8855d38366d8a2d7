package dev.protocolo.examples;

import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.RecordContactAttempt;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The README's demo: a customer phones for a second copy of an invoice and the order travels to the
 * finance team, through a failed call back, a call back scheduled for the next day, and on to closing.
 * The clock is simulated, so the night passes in an instant.
 */
public final class InvoiceDemo {
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm").withZone(SAO_PAULO);

    private final PrintStream out;
    private final ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");

    InvoiceDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new InvoiceDemo(System.out).run();
    }

    void run() {
        ServiceDesk desk = ServiceDesk.builder().inMemory().clock(clock).zone(SAO_PAULO)
                .team("frontline", "Atendimento").team("finance", "Financeiro").build();
        Actor ana = Actor.agent("ana", "Ana (atendimento)");
        Actor bruno = Actor.agent("bruno", "Bruno (financeiro)");
        Customer maria = Customer.builder().externalId("crm-1001").name("Maria Oliveira").taxId("529.982.247-25")
                .email("maria@example.com").mobilePhone("+5511987654321").build();

        ServiceOrder o = desk.open(new OpenOrder("acme", "general", maria, Channel.PHONE, "2ª via da fatura de fevereiro",
                "Cliente ligou pedindo a segunda via da fatura.", Priority.NORMAL, Map.of(), "frontline", ana));
        step(desk, o, "A phone call opens the order; the customer is told the protocol");
        o = desk.forward(new Forward(OrderRef.of(o), ana, "finance", "Faturas são do financeiro", null));
        step(desk, o, "Forwarded to finance");
        clock.advance(Duration.ofMinutes(40));
        o = desk.assign(new Assign(OrderRef.of(o), bruno, null, "bruno", null));
        o = desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), bruno, ContactOutcome.NOT_REACHED,
                Channel.PHONE, "caixa postal", "Tentamos ligar para você, sem sucesso."));
        step(desk, o, "Finance calls back: no answer");
        o = desk.hold(new Wait(OrderRef.of(o), bruno, WaitingOn.CUSTOMER, clock.instant().plus(Duration.ofHours(23)),
                "Ligaremos novamente amanhã.", null));
        step(desk, o, "A call back is scheduled for the next day");
        clock.set(o.waitUntil());
        o = desk.resume(new Resume(OrderRef.of(o), bruno, null));
        o = desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), bruno, ContactOutcome.REACHED,
                Channel.PHONE, null, "Conversamos por telefone."));
        o = desk.reply(new AddReply(OrderRef.of(o), bruno, "Enviamos a 2ª via para o seu e-mail."));
        step(desk, o, "The next morning the call succeeds and the invoice is sent");
        o = desk.resolve(new Resolve(OrderRef.of(o), bruno, "2ª via da fatura enviada por e-mail.", null));
        clock.advance(Duration.ofMinutes(5));
        o = desk.close(new Close(OrderRef.of(o), bruno, null));
        step(desk, o, "Resolved and closed");
        out.println();
        out.println("History of " + o.protocol() + ":");
        for (HistoryEntry e : desk.history("acme", o.id())) {
            out.printf("  %2d  %s  %-16s %-18s -> %-18s %s%n", e.sequence(), TIME.format(e.at()), e.action(),
                    e.statusBefore() == null ? "" : e.statusBefore(), e.statusAfter(),
                    e.teamAfter() == null ? "" : "[" + e.teamAfter() + "]");
        }
    }

    private void step(ServiceDesk desk, ServiceOrder o, String title) {
        out.printf("%n== %s ==%n", title);
        out.printf("   protocol %s | status %s | team %s | agent %s | %s%n", o.protocol(),
                desk.type(o.type()).lifecycle().status(o.status()).label("en"),
                o.team() == null ? "-" : desk.team(o.team()).name(), o.agent() == null ? "-" : o.agent(),
                TIME.format(o.updatedAt()));
    }
}
