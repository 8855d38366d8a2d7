package dev.protocolo.examples;

import dev.protocolo.command.Assign;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Reopen;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.report.AgeBucket;
import dev.protocolo.report.DurationStats;
import dev.protocolo.report.OrderReport;
import dev.protocolo.report.ReportRequest;
import dev.protocolo.report.Reports;
import dev.protocolo.report.TeamTime;
import dev.protocolo.spi.ReportSource;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/**
 * The demo's closing report: a month of simulated orders (opened, assigned, some forwarded, some waiting
 * on the customer, most resolved and closed, a few reopened), then the figures a manager would look at.
 */
final class DemoReport {
    private static final int ORDERS = 300;
    private static final Instant MONTH_START = Instant.parse("2026-02-02T11:00:00Z");   // Monday 08:00 in São Paulo

    private final ServiceDesk desk;
    private final ReportSource source;
    private final ManualClock clock;
    private final PrintStream out;

    DemoReport(ServiceDesk desk, ReportSource source, ManualClock clock, PrintStream out) {
        this.desk = desk;
        this.source = source;
        this.clock = clock;
        this.out = out;
    }

    void fillAndPrint() {
        Instant storyTime = clock.instant();
        out.printf("%n=== A month of orders for the report ===%n");
        Random random = new Random(42);
        Actor ana = Actor.agent("ana", "Ana");
        Actor bruno = Actor.agent("bruno", "Bruno");
        for (int i = 1; i <= ORDERS; i++) {
            simulate(i, random, ana, bruno);
            if (i % 25 == 0 || i == ORDERS) {
                out.printf("\r  filling report data: %3d/%d orders", i, ORDERS);
                out.flush();
            }
        }
        out.println();
        clock.set(storyTime);

        Instant from = MONTH_START.minus(Duration.ofHours(11));
        Instant to = storyTime.plus(Duration.ofDays(1));
        OrderReport r = Reports.of(desk, source).run(ReportRequest.of(InvoiceDemo.TENANT, from, to).asOf(storyTime));
        out.printf("%n=== Report %s → %s (tenant %s) ===%n", from, to, InvoiceDemo.TENANT);
        out.printf("  opened %d | resolved %d | closed %d | reopened %d | cancelled %d%n", r.volume().opened(),
                r.volume().resolved(), r.volume().closed(), r.volume().reopened(), r.volume().cancelled());
        StringBuilder backlog = new StringBuilder();
        for (AgeBucket b : AgeBucket.values()) {
            backlog.append(' ').append(b.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(r.backlog().get(b));
        }
        out.printf("  backlog %d:%s%n", r.backlogTotal(), backlog);
        line("first response (business)", r.firstResponse().business());
        line("resolution (calendar)", r.resolution().calendar());
        line("resolution (business)", r.resolution().business());
        out.printf("  SLA compliance: %d of %d resolved within the deadline (%.1f%%)%n", r.sla().met(),
                r.sla().considered(), r.sla().percent() == null ? 0.0 : r.sla().percent());
        for (TeamTime t : r.teams()) {
            out.printf("  team %-12s held %3d orders, mean %s%n", t.teamName(), t.holds(), human(t.mean()));
        }
    }

    private void simulate(int i, Random random, Actor ana, Actor bruno) {
        clock.set(MONTH_START.plus(Duration.ofMinutes(i * 137L % (26 * 24 * 60))));
        Customer c = Customer.builder().externalId("sim-" + i).name("Cliente " + i).email("cliente" + i + "@example.com").build();
        ServiceOrder o = desk.open(new OpenOrder(InvoiceDemo.TENANT, "billing", c, Channel.values()[i % 4],
                "Pedido simulado " + i, null, Priority.values()[i % 3], Map.of(), null, ana));
        later(random, 5, 90);
        o = desk.assign(new Assign(OrderRef.of(o), ana, null, "ana", null));
        if (random.nextInt(100) < 35) {
            later(random, 10, 240);
            o = desk.forward(new Forward(OrderRef.of(o), ana, "finance", "cobrança", null));
            o = desk.assign(new Assign(OrderRef.of(o), bruno, null, "bruno", null));
        }
        if (random.nextInt(100) < 20) {
            later(random, 10, 120);
            o = desk.hold(new Wait(OrderRef.of(o), o.agent().equals("bruno") ? bruno : ana, WaitingOn.CUSTOMER,
                    clock.instant().plus(Duration.ofHours(20)), null, null));
            clock.set(o.waitUntil());
            o = desk.resume(new Resume(OrderRef.of(o), ana, null));
        }
        if (random.nextInt(100) < 8) {
            return;   // still open: the backlog
        }
        later(random, 30, 60 * 30);
        Actor who = "bruno".equals(o.agent()) ? bruno : ana;
        o = desk.resolve(new Resolve(OrderRef.of(o), who, "Resolvido", null));
        if (random.nextInt(100) < 5) {
            later(random, 60, 600);
            o = desk.reopen(new Reopen(OrderRef.of(o), who, "cliente voltou a reclamar"));
            later(random, 30, 600);
            o = desk.resolve(new Resolve(OrderRef.of(o), who, "Resolvido de novo", null));
        }
        later(random, 60, 60 * 24);
        desk.close(new Close(OrderRef.of(o), who, null));
    }

    private void later(Random random, int minMinutes, int maxMinutes) {
        clock.advance(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes)));
    }

    private void line(String what, DurationStats s) {
        out.printf("  %-26s mean %-8s median %-8s p90 %-8s (%d orders)%n", what, human(s.mean()), human(s.median()),
                human(s.p90()), s.count());
    }

    private static String human(Duration d) {
        if (d == null) {
            return "-";
        }
        long minutes = d.toMinutes();
        return minutes >= 60 * 24 ? String.format("%.1fd", minutes / 1440.0)
                : minutes >= 60 ? String.format("%.1fh", minutes / 60.0) : minutes + "m";
    }
}
