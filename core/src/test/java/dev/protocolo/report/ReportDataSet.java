package dev.protocolo.report;

import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Cancel;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Reopen;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.TaxId;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.internal.Details;
import dev.protocolo.internal.OrderEvolution;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Visibility;
import dev.protocolo.order.WaitingOn;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The fixed data set behind the report contract, built only through public API so every storage adapter can
 * build it. Times are UTC; the desk's zone is America/Sao_Paulo (UTC-3), open Mon–Fri 08:00–18:00 local =
 * 11:00–21:00 UTC. March 2026 has no national holiday in the week used.
 *
 * <pre>
 * E  general frontline  opened Fri 02-20 13:00, assigned 14:00, still open
 * A  general frontline  opened Mon 03-02 13:00, reply 14:00, forwarded to finance 15:00, resolved Tue 13:00
 * B  billing finance    opened Mon 20:00 (HIGH, EMAIL), assigned Tue 12:00, waits Tue 14:00, resumes Wed 13:00,
 *                       resolved Wed 16:00, closed Wed 17:00
 * C  general frontline  opened Tue 13:00 (WEB), resolved 15:00, reopened 16:00, forwarded to finance 17:00,
 *                       resolved again Thu 13:00
 * D  general frontline  opened Wed 13:00 (LOW), still new
 * F  billing finance    opened Thu 13:00 (CHAT), cancelled 14:00
 * H  general frontline  opened Fri 03-06 10:00 (EMAIL), still new
 * G  tenant globex      opened Mon 13:30, resolved 14:30 — must never show in acme's numbers
 * S1..S4 tenant slaco   written through the store with resolution deadlines (see insertWithDeadline)
 * </pre>
 * The clock ends at Fri 03-06 13:00.
 */
public final class ReportDataSet {
    public static final String TENANT = "acme";
    public static final String OTHER_TENANT = "globex";
    public static final String SLA_TENANT = "slaco";
    public static final Instant FROM = Instant.parse("2026-03-02T03:00:00Z");
    public static final Instant TO = Instant.parse("2026-03-09T03:00:00Z");
    public static final Instant AS_OF = Instant.parse("2026-03-06T13:00:00Z");
    static final Actor ANA = Actor.agent("ana", "Ana Souza", "agent");
    static final Actor BRUNO = Actor.agent("bruno", "Bruno Lima", "agent");

    public final ManualClock clock = ManualClock.at("2026-02-20T13:00:00Z");
    public final ServiceDesk desk;
    public ServiceOrder a, b, c, d, e, f, g, h;

    private ReportDataSet(ServiceDeskBuilder storage) {
        desk = storage.clock(clock)
                .team("frontline", "Atendimento").team("finance", "Financeiro")
                .type(OrderType.builder("general").name("Atendimento geral").defaultTeam("frontline").build())
                .type(OrderType.builder("billing").name("Cobrança").defaultTeam("finance").build())
                .build();
    }

    /** Builds the desk on {@code storage} (which must carry fresh, empty storage ports) and fills it. */
    public static ReportDataSet create(ServiceDeskBuilder storage) {
        ReportDataSet s = new ReportDataSet(storage);
        s.fill();
        return s;
    }

    public static Customer customer(String n) {
        return new Customer("crm-" + n, "Fulano " + n, TaxId.parse(n.equals("a") ? "529.982.247-25" : "111.444.777-35"),
                n + "@example.com", "+5511987654321", "pt-BR", Set.of());
    }

    private ServiceOrder open(String tenant, String n, String type, Channel ch, Priority p, String team) {
        return desk.open(new OpenOrder(tenant, type, customer(n), ch, "Pedido " + n, "Descrição do pedido " + n,
                p, Map.of("contrato", "C-" + n), team, ANA));
    }

    private void at(String iso) {
        clock.set(Instant.parse(iso));
    }

    private void fill() {
        e = open(TENANT, "e", "general", Channel.PHONE, Priority.NORMAL, "frontline");
        at("2026-02-20T14:00:00Z");
        e = desk.assign(new Assign(OrderRef.of(e), ANA, null, "ana", null));

        at("2026-03-02T13:00:00Z");
        a = open(TENANT, "a", "general", Channel.PHONE, Priority.NORMAL, "frontline");
        at("2026-03-02T13:30:00Z");
        g = open(OTHER_TENANT, "g", "general", Channel.PHONE, Priority.NORMAL, "frontline");
        at("2026-03-02T14:00:00Z");
        a = desk.reply(new AddReply(OrderRef.of(a), ANA, "Recebemos seu pedido"));
        at("2026-03-02T14:30:00Z");
        g = desk.resolve(new Resolve(OrderRef.of(g), ANA, "Feito", null));
        at("2026-03-02T15:00:00Z");
        a = desk.forward(new Forward(OrderRef.of(a), ANA, "finance", "Fatura é com o financeiro", null));
        at("2026-03-02T20:00:00Z");
        b = open(TENANT, "b", "billing", Channel.EMAIL, Priority.HIGH, "finance");
        at("2026-03-03T12:00:00Z");
        b = desk.assign(new Assign(OrderRef.of(b), BRUNO, null, "bruno", null));
        at("2026-03-03T13:00:00Z");
        a = desk.resolve(new Resolve(OrderRef.of(a), BRUNO, "2ª via enviada", "cliente ligou duas vezes"));
        c = open(TENANT, "c", "general", Channel.WEB, Priority.NORMAL, "frontline");
        at("2026-03-03T14:00:00Z");
        b = desk.hold(new Wait(OrderRef.of(b), BRUNO, WaitingOn.CUSTOMER, Instant.parse("2026-03-04T13:00:00Z"),
                "Aguardamos o comprovante", null));
        at("2026-03-03T15:00:00Z");
        c = desk.resolve(new Resolve(OrderRef.of(c), ANA, "Senha redefinida", null));
        at("2026-03-03T16:00:00Z");
        c = desk.reopen(new Reopen(OrderRef.of(c), Actor.customer("crm-c"), "Ainda não consigo entrar"));
        at("2026-03-03T17:00:00Z");
        c = desk.forward(new Forward(OrderRef.of(c), ANA, "finance", "Conta bloqueada por débito", null));
        at("2026-03-04T13:00:00Z");
        b = desk.resume(new Resume(OrderRef.of(b), BRUNO, null));
        d = open(TENANT, "d", "general", Channel.PHONE, Priority.LOW, "frontline");
        at("2026-03-04T16:00:00Z");
        b = desk.resolve(new Resolve(OrderRef.of(b), BRUNO, "Cobrança estornada", null));
        at("2026-03-04T17:00:00Z");
        b = desk.close(new Close(OrderRef.of(b), BRUNO, null));
        at("2026-03-05T13:00:00Z");
        c = desk.resolve(new Resolve(OrderRef.of(c), BRUNO, "Débito quitado, acesso liberado", null));
        f = open(TENANT, "f", "billing", Channel.CHAT, Priority.NORMAL, "finance");
        at("2026-03-05T14:00:00Z");
        f = desk.cancel(new Cancel(OrderRef.of(f), BRUNO, "Aberto por engano"));
        at("2026-03-06T10:00:00Z");
        h = open(TENANT, "h", "general", Channel.EMAIL, Priority.NORMAL, "frontline");

        // Resolution deadlines come from the order type's SLA policy; these orders carry them explicitly.
        insertWithDeadline("S1", "2026-03-03T13:00:00Z", "2026-03-02T18:00:00Z"); // met
        insertWithDeadline("S2", "2026-03-03T13:00:00Z", "2026-03-04T13:00:00Z"); // missed
        insertWithDeadline("S3", "2026-03-03T13:00:00Z", "2026-03-03T13:00:00Z"); // met: exactly on time
        insertWithDeadline("S4", null, "2026-03-03T13:00:00Z");                   // no deadline: left out
        at("2026-03-06T13:00:00Z");
    }

    /** An order opened Mon 03-02 13:00 in {@link #SLA_TENANT} with a resolution deadline, resolved at {@code resolved}. */
    private void insertWithDeadline(String protocol, String due, String resolved) {
        OrderId id = new OrderId(UUID.randomUUID());
        Instant opened = Instant.parse("2026-03-02T13:00:00Z");
        Map<String, String> d = new LinkedHashMap<>();
        d.put(Details.TENANT, SLA_TENANT);
        d.put(Details.PROTOCOL, protocol);
        d.put(Details.TYPE, "general");
        d.put(Details.CHANNEL, Channel.PHONE.name());
        d.put(Details.SUBJECT, "Pedido " + protocol);
        d.put(Details.DESCRIPTION, "");
        d.put(Details.PRIORITY, Priority.NORMAL.name());
        Details.putCustomer(d, customer(protocol));
        if (due != null) {
            d.put(Details.SLA_RESOLUTION_DUE, due);
        }
        var lc = desk.type("general").lifecycle();
        HistoryEntry opening = new HistoryEntry(id, 1, Action.OPEN, null, ANA, opened, null, "new", null, "frontline",
                null, null, null, null, Visibility.PUBLIC, d);
        ServiceOrder o1 = OrderEvolution.apply(lc, null, opening);
        HistoryEntry resolve = new HistoryEntry(id, 2, Action.RESOLVE, "resolve", ANA, Instant.parse(resolved), "new",
                "resolved", "frontline", "frontline", null, null, "Feito", null, Visibility.PUBLIC,
                Map.of(Details.RESOLUTION, "Feito"));
        ServiceOrder o2 = OrderEvolution.apply(lc, o1, resolve);
        desk.unitOfWork().execute(() -> {
            desk.store().insert(o1, opening);
            return null;
        });
        desk.unitOfWork().execute(() -> {
            desk.store().update(o2, 1, resolve);
            return null;
        });
    }
}
