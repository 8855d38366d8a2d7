package dev.protocolo.examples;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lookup.AccessTokens;
import dev.protocolo.lookup.PublicLookup;
import dev.protocolo.lookup.PublicOrderView;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A customer portal or IVR: the customer gives the protocol plus a second factor — their CPF, or the
 * signed link from a notification — and sees only the public part of the order. Every refusal looks the same.
 */
public final class SelfServiceLookupExample {
    public static void main(String[] args) {
        ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
        ServiceDesk desk = ServiceDesk.builder().inMemory().clock(clock).team("finance", "Financeiro").build();
        Customer maria = Customer.builder().externalId("crm-1001").name("Maria Oliveira").taxId("529.982.247-25").build();
        Actor agent = Actor.agent("bruno", "Bruno");
        ServiceOrder o = desk.open(new OpenOrder("acme", "general", maria, Channel.PHONE, "2ª via da fatura", null, null,
                Map.of(), "finance", agent));
        o = desk.note(new AddNote(OrderRef.of(o), agent, "cliente pediu desconto, negar"));
        o = desk.reply(new AddReply(OrderRef.of(o), agent, "Enviaremos a 2ª via hoje."));
        String protocol = o.protocol().value();

        AccessTokens tokens = AccessTokens.of("a-host-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8), clock);
        PublicLookup portal = PublicLookup.of(desk, tokens);
        show("protocol + CPF", portal.byTaxId("acme", protocol, "529.982.247-25"));
        show("protocol + wrong CPF", portal.byTaxId("acme", protocol, "111.444.777-35"));
        String link = tokens.issue(o, Duration.ofDays(7));
        show("signed link", portal.byToken("acme", protocol, link));
        clock.advance(Duration.ofDays(8));
        show("expired link", portal.byToken("acme", protocol, link));
    }

    private static void show(String how, Optional<PublicOrderView> view) {
        if (view.isEmpty()) {
            System.out.println(how + ": not found");
            return;
        }
        PublicOrderView v = view.get();
        System.out.println(how + ": " + v.protocol() + " — " + v.statusLabel() + " — " + v.teamName());
        for (PublicOrderView.Step s : v.steps()) {
            System.out.println("    " + s.number() + ". " + s.action() + (s.message() == null ? "" : ": " + s.message()));
        }
    }
}
