package dev.protocolo.examples;

import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.InvalidProtocolNumberException;
import dev.protocolo.protocol.ProtocolFormat;
import java.util.Map;

/**
 * Protocol formats: the 20-digit daily layout of health-plan operators (operator code + date + daily
 * sequence), a prefixed yearly format read from configuration, and what happens when a digit is misheard.
 */
public final class CustomProtocolFormatExample {
    public static void main(String[] args) {
        ProtocolFormat health = ProtocolFormat.dailyForOperator("123456");
        ProtocolFormat billing = ProtocolFormat.ofPattern("FAT-{yyyy}-{seq:6}-{check}");
        ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
        ServiceDesk desk = ServiceDesk.builder().inMemory().clock(clock).protocolFormat(health)
                .type(OrderType.builder("general").name("Atendimento").build())
                .type(OrderType.builder("billing").name("Faturamento").protocolFormat(billing).build())
                .build();
        Customer c = Customer.builder().externalId("b-1").name("Beneficiária").taxId("111.444.777-35").build();
        Actor agent = Actor.agent("ana", "Ana");
        ServiceOrder last = null;
        for (String type : new String[] {"general", "general", "billing"}) {
            last = desk.open(new OpenOrder("acme", type, c, Channel.PHONE, "Dúvida", null, null, Map.of(), null, agent));
            System.out.println(type + " -> " + last.protocol());
        }
        String typed = last.protocol().value().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        System.out.println("typed '" + typed + "' -> found " + desk.findByProtocol("acme", typed).orElseThrow().protocol());
        String misheard = last.protocol().value().replace("000001", "000007");
        try {
            desk.findByProtocol("acme", misheard);
        } catch (InvalidProtocolNumberException e) {
            System.out.println("misheard '" + misheard + "' -> " + e.reason());
        }
    }
}
