package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.Channel;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.InvalidProtocolNumberException;
import dev.protocolo.protocol.ProtocolFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The open command allocates the protocol inside its unit of work and series follow the calendar. */
class ProtocolAllocationTest {

    @Test
    void theProtocolIsOnTheOrderAndInTheOpeningEntry() {
        Fixtures f = new Fixtures();
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        HistoryEntry opening = f.desk.history(TENANT, o.id()).get(0);
        assertEquals(o.protocol().value(), opening.details().get("protocol"));
        assertTrue(ProtocolFormat.yearly().isValid(o.protocol().value()));
        assertEquals(o, f.desk.findByProtocol(TENANT, o.protocol().value().replace("-", " ")).orElseThrow(),
                "an agent may type the number with spaces");
    }

    @Test
    void aMistypedNumberFailsOnItsCheckDigitInsteadOfFindingAnotherOrder() {
        Fixtures f = new Fixtures();
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        String p = o.protocol().value();
        char last = p.charAt(p.length() - 1);
        String typo = p.substring(0, p.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        InvalidProtocolNumberException e = assertThrows(InvalidProtocolNumberException.class,
                () -> f.desk.findByProtocol(TENANT, typo));
        assertEquals(InvalidProtocolNumberException.Reason.WRONG_CHECK_DIGIT, e.reason());
    }

    @Test
    void tenThousandOrdersAcrossNewYearRestartTheSeriesOnFirstJanuary() {
        Fixtures f = new Fixtures();
        // 31 Dec 2026 in São Paulo from 21:00 local; one order every 2 s crosses midnight after 5,400 orders.
        f.clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        Set<String> seen = new HashSet<>();
        int in2026 = 0;
        int in2027 = 0;
        for (int i = 0; i < 10_000; i++) {
            ServiceOrder o = f.desk.open(Fixtures.phoneCall("pedido " + i));
            assertTrue(seen.add(o.protocol().value()));
            long seq = ProtocolFormat.yearly().parseParts(o.protocol().value()).sequence();
            if (o.protocol().value().startsWith("2026")) {
                assertEquals(++in2026, seq);
            } else {
                assertTrue(o.protocol().value().startsWith("2027"));
                assertEquals(++in2027, seq, "the 2027 series starts at 1");
            }
            f.clock.advance(Duration.ofSeconds(2));
        }
        assertEquals(5_400, in2026);
        assertEquals(4_600, in2027);
    }

    @Test
    void aRefusedOpenLeavesNoOrderAndTheInMemorySeriesNoGap() {
        Fixtures f = new Fixtures(ServiceDesk.builder().type(OrderType.builder("general").build())
                .type(OrderType.builder("repair").requireAttributes("serial")
                        .protocolFormat(ProtocolFormat.prefixed("REP")).build()));
        ServiceOrder first = f.desk.open(Fixtures.phoneCall("a"));
        Customer c = Fixtures.customer();
        assertThrows(RuntimeException.class, () -> f.desk.open(new OpenOrder(TENANT, "repair", c, Channel.WEB, "b",
                null, null, Map.of(), null, Fixtures.FRONTLINE)));
        ServiceOrder repair = f.desk.open(new OpenOrder(TENANT, "repair", c, Channel.WEB, "b", null, null,
                Map.of("serial", "1"), null, Fixtures.FRONTLINE));
        assertTrue(repair.protocol().value().startsWith("REP-"), repair.protocol().value());
        assertEquals(repair, f.desk.findByProtocol(TENANT, repair.protocol().value()).orElseThrow(),
                "the desk parses numbers of every type's format");
        assertEquals(2, f.store.allOrders(TENANT).size());
        assertEquals(1, ProtocolFormat.yearly().parseParts(first.protocol().value()).sequence());
        assertEquals(1, ProtocolFormat.prefixed("REP").parseParts(repair.protocol().value()).sequence(),
                "another format has its own series");
    }
}
