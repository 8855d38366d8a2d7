package dev.protocolo.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.ProtocoloException;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.report.ReportDataSet;
import dev.protocolo.spi.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupTest {
    private static final String ACME = ReportDataSet.TENANT;
    private static final byte[] KEY = "a host secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8);

    private final ReportDataSet data = ReportDataSet.create(ServiceDesk.builder().inMemory());
    private final ServiceDesk desk = data.desk;
    private final AccessTokens tokens = AccessTokens.of(KEY, data.clock);
    private final PublicLookup lookup = PublicLookup.of(desk, tokens);
    private final String protocolA = data.a.protocol().value();

    /** The same protocol with one digit of its sequence changed. */
    private String typo(String protocol) {
        char[] c = protocol.toCharArray();
        int i = 9;
        c[i] = c[i] == '9' ? '8' : (char) (c[i] + 1);
        return new String(c);
    }

    @Test
    void agentsFindByProtocolAndATypoIsRefusedByTheCheckDigit() {
        OrderFinder finder = OrderFinder.of(desk);
        OrderSummary a = finder.byProtocol(ACME, protocolA).orElseThrow();
        assertEquals("Atendimento geral", a.typeName());
        assertEquals("Resolvido", a.statusLabel());
        assertEquals("Financeiro", a.teamName());
        assertEquals(Action.RESOLVE, a.lastAction());
        assertEquals(data.a.resolvedAt(), a.lastStepAt());
        assertEquals("Resolved", finder.language("en").byProtocol(ACME, protocolA).orElseThrow().statusLabel());
        ProtocoloException e = assertThrows(ProtocoloException.class, () -> finder.byProtocol(ACME, typo(protocolA)));
        assertTrue(e.getMessage().toLowerCase().contains("check"), e.getMessage());
        assertTrue(finder.byProtocol("globex", protocolA).isEmpty(), "globex has no second order");
    }

    @Test
    void agentsFindACustomersOrdersOpenOnesFirst() {
        List<OrderSummary> rows = OrderFinder.of(desk).byTaxId(ACME, "111.444.777-35", 50);
        assertEquals(List.of(data.h.id(), data.d.id(), data.e.id(), data.f.id(), data.c.id(), data.b.id()),
                rows.stream().map(OrderSummary::id).toList());
        assertEquals(List.of(data.a.id()), OrderFinder.of(desk).byCustomer(ACME, "crm-a", 50).stream()
                .map(OrderSummary::id).toList());
    }

    @Test
    void agentsSearchTextByPages() {
        OrderFinder finder = OrderFinder.of(desk);
        assertEquals(List.of(data.d.id()), finder.byText(ACME, "pedido D", null, 10).items().stream()
                .map(OrderSummary::id).toList());
        List<OrderSummary> all = new ArrayList<>();
        Page<OrderSummary> page = finder.byText(ACME, "descrição", null, 2);
        all.addAll(page.items());
        while (page.hasNext()) {
            page = finder.byText(ACME, "descrição", page.next(), 2);
            all.addAll(page.items());
        }
        assertEquals(7, all.size(), "A B C D E F H, never globex's G");
        assertEquals(7, all.stream().map(OrderSummary::id).distinct().count());
    }

    @Test
    void customersSeeTheirOrderWithProtocolAndTaxId() {
        PublicOrderView v = lookup.byTaxId(ACME, protocolA, "52998224725").orElseThrow();
        assertEquals("Resolvido", v.statusLabel());
        assertEquals("2ª via enviada", v.resolution());
        assertEquals(List.of(Action.OPEN, Action.REPLY, Action.FORWARD, Action.RESOLVE),
                v.steps().stream().map(PublicOrderView.Step::action).toList());
    }

    @Test
    void everyRefusalGivesTheSamePublicAnswer() {
        List<Optional<PublicOrderView>> refusals = List.of(
                lookup.byTaxId(ACME, typo(protocolA), "529.982.247-25"),      // mistyped number
                lookup.byTaxId(ACME, "not a protocol", "529.982.247-25"),     // unparseable
                lookup.byTaxId(ACME, protocolA, "111.444.777-35"),            // someone else's tax id
                lookup.byTaxId(ACME, protocolA, "123"),                       // not a tax id
                lookup.byTaxId(ACME, protocolA, null),
                lookup.byTaxId("globex", protocolA, "529.982.247-25"),        // another tenant
                lookup.byTaxId("nobody", protocolA, "529.982.247-25"));
        refusals.forEach(r -> assertEquals(Optional.empty(), r));
    }

    @Test
    void tokensOpenOneOrderOfOneTenantUntilTheyExpire() {
        String token = tokens.issue(data.a, Duration.ofDays(7));
        assertTrue(token.matches("[A-Za-z0-9_.-]+"), "URL-safe: " + token);
        assertTrue(lookup.byToken(ACME, protocolA, token).isPresent());
        assertTrue(lookup.byToken(ACME, token).isPresent());

        String forB = tokens.issue(data.b, Duration.ofDays(7));
        char[] tampered = token.toCharArray();
        tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
        List<Optional<PublicOrderView>> refusals = List.of(
                lookup.byToken(ACME, protocolA, forB),                                  // token of another order
                lookup.byToken(ACME, protocolA, new String(tampered)),
                lookup.byToken(ACME, protocolA, token + "x"),
                lookup.byToken(ACME, protocolA, "garbage"),
                lookup.byToken(ACME, protocolA, null),
                lookup.byToken("globex", protocolA, token),                             // another tenant
                lookup.byToken(ACME, typo(protocolA), token),
                PublicLookup.of(desk, AccessTokens.of("another key, also 32 bytes long!!".getBytes(StandardCharsets.UTF_8),
                        data.clock)).byToken(ACME, protocolA, token));
        refusals.forEach(r -> assertEquals(Optional.empty(), r));

        data.clock.advance(Duration.ofDays(7));
        assertEquals(Optional.empty(), lookup.byToken(ACME, protocolA, token), "expired");
        assertEquals(Optional.empty(), lookup.byToken(ACME, token), "expired");
    }

    @Test
    void thePublicViewHidesInternalNotesAgentsAndTeamCodes() {
        ServiceOrder a = data.a;
        PublicOrderView v = lookup.byTaxId(ACME, protocolA, "529.982.247-25").orElseThrow();
        String all = v.toString();
        for (String secret : List.of("cliente ligou duas vezes", "Fatura é com o financeiro", "Ana Souza", "Bruno Lima",
                "bruno", "frontline", a.id().toString(), "crm-a", "Fulano a", "a@example.com", "52998224725")) {
            assertFalse(all.contains(secret), secret + " leaked: " + all);
        }
        assertEquals(List.of("Atendimento", "Atendimento", "Financeiro", "Financeiro"),
                v.steps().stream().map(PublicOrderView.Step::teamName).toList());
        assertEquals(List.of(Actor.Kind.AGENT), v.steps().stream().map(PublicOrderView.Step::by).distinct().toList());
    }
}
