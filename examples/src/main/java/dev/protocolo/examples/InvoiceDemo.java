package dev.protocolo.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.protocolo.calendar.BusinessCalendar;
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
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.dispatch.NotificationDispatcher;
import dev.protocolo.export.HistoryExporter;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lookup.PublicLookup;
import dev.protocolo.lookup.PublicOrderView;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.notify.SmtpEmailSender;
import dev.protocolo.notify.TemplateRenderer;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's demo: a customer phones for a second copy of an invoice and the order travels to the finance
 * team, through a failed call back, a call back scheduled for the next morning, and on to closing.
 *
 * <p>Everything is real except the clock: the orders live in an embedded H2 database (in memory, so nothing
 * is left behind), the customer's e-mails go through an SMTP server running in this process and are printed
 * as it received them, and the night passes in an instant because the clock is simulated.
 */
public final class InvoiceDemo {
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final String TENANT = "acme";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", Locale.ENGLISH).withZone(SAO_PAULO);

    private final PrintStream out;
    private final ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");   // Monday 10:00 in São Paulo
    private GreenMail smtp;
    private ServiceDesk desk;
    private NotificationDispatcher dispatcher;
    private JdbcStorage storage;
    private int mailsShown;

    InvoiceDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new InvoiceDemo(System.out).run();
    }

    void run() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            setUp();
            ServiceOrder order = playTheStory();
            showPublicView(order);
            showExport(order);
            new DemoReport(desk, storage.reports(), clock, out).fillAndPrint();
        } finally {
            smtp.stop();
        }
    }

    private void setUp() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:protocolo-demo;DB_CLOSE_DELAY=-1");
        storage = JdbcStorage.builder(h2).build();
        SlaPolicy sla = SlaPolicy.builder(BusinessCalendar.brazilCommercial(SAO_PAULO))
                .defaultTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofHours(4)))
                .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(16)))
                .build();
        desk = storage.configure(ServiceDesk.builder()).clock(clock).zone(SAO_PAULO)
                .team("frontline", "Atendimento").team("finance", "Financeiro")
                .type(OrderType.builder("billing").name("Faturamento").defaultTeam("frontline").sla(sla).build())
                .notificationPolicy(StandardNotificationPolicy.builder()
                        .customerChannels(NotificationChannel.EMAIL).build())
                .build();
        dispatcher = NotificationDispatcher.builder().outbox(desk.outbox()).clock(clock)
                .renderer(TemplateRenderer.standard())
                .sender(SmtpEmailSender.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                        .from("Atendimento ACME <atendimento@acme.example>").build())
                .build();
        out.println("Protocolo demo — orders in embedded H2 (in memory), e-mail through an in-process SMTP server,");
        out.println("simulated clock starting " + TIME.format(clock.instant()) + " (São Paulo).");
    }

    private ServiceOrder playTheStory() throws Exception {
        Actor ana = Actor.agent("ana", "Ana (atendimento)");
        Actor bruno = Actor.agent("bruno", "Bruno (financeiro)");
        Customer maria = Customer.builder().externalId("crm-1001").name("Maria Oliveira").taxId("529.982.247-25")
                .email("maria@example.com").build();

        ServiceOrder o = desk.open(new OpenOrder(TENANT, "billing", maria, Channel.PHONE,
                "2ª via da fatura de fevereiro", "Cliente ligou pedindo a segunda via da fatura de fevereiro.",
                Priority.NORMAL, Map.of(), null, ana));
        step(o, "1. Maria phones; Ana opens an order and reads her the protocol number");
        o = desk.forward(new Forward(OrderRef.of(o), ana, "finance", "Segunda via é com o financeiro", null));
        step(o, "2. Ana forwards the order to the finance team");
        clock.advance(Duration.ofMinutes(40));
        o = desk.assign(new Assign(OrderRef.of(o), bruno, null, "bruno", null));
        o = desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), bruno, ContactOutcome.NOT_REACHED,
                Channel.PHONE, "caixa postal", "Tentamos ligar para você, mas não conseguimos falar."));
        step(o, "3. Bruno (finance) takes it and calls back: no answer");
        o = desk.hold(new Wait(OrderRef.of(o), bruno, WaitingOn.CUSTOMER,
                Instant.parse("2026-03-03T13:00:00Z"),
                "Vamos ligar novamente amanhã às 10h.", null));
        step(o, "4. Bruno schedules a call back for tomorrow 10:00 — the SLA clock stops overnight");
        clock.set(o.waitUntil());
        o = desk.resume(new Resume(OrderRef.of(o), bruno, null));
        o = desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), bruno, ContactOutcome.REACHED,
                Channel.PHONE, null, "Conversamos por telefone."));
        clock.advance(Duration.ofMinutes(15));
        o = desk.reply(new AddReply(OrderRef.of(o), bruno, "Enviamos a 2ª via da fatura para o seu e-mail."));
        step(o, "5. Next morning the call gets through and Bruno sends the invoice");
        o = desk.resolve(new Resolve(OrderRef.of(o), bruno, "2ª via da fatura de fevereiro enviada por e-mail.", null));
        clock.advance(Duration.ofMinutes(5));
        o = desk.close(new Close(OrderRef.of(o), bruno, null));
        step(o, "6. Resolved and closed");
        return o;
    }

    /** Prints the order as the agent sees it, delivers pending e-mails and prints what the customer received. */
    private void step(ServiceOrder o, String title) throws Exception {
        out.printf("%n=== %s ===%n", title);
        String due = o.sla().resolutionDueAt() == null ? "-" : TIME.format(o.sla().resolutionDueAt())
                + (o.sla().paused() ? " (paused)" : "");
        out.printf("  agent view: %s | %s | team %s | agent %s | resolution due %s | %s%n", o.protocol(),
                desk.type(o.type()).lifecycle().status(o.status()).label("en"),
                o.team() == null ? "-" : desk.team(o.team()).name(), o.agent() == null ? "-" : o.agent(), due,
                TIME.format(o.updatedAt()));
        dispatcher.dispatchOnce();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (; mailsShown < received.length; mailsShown++) {
            MimeMessage m = received[mailsShown];
            out.printf("  e-mail to %s — %s%n", m.getAllRecipients()[0], m.getSubject());
            for (String line : plainText(m).strip().split("\\R")) {
                out.println("  │ " + line);
            }
        }
    }

    private static String plainText(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
            }
        }
        return content.toString();
    }

    private void showPublicView(ServiceOrder o) {
        out.printf("%n=== What Maria sees on the portal (protocol + CPF) ===%n");
        PublicOrderView v = PublicLookup.of(desk).byTaxId(TENANT, o.protocol().value(), "529.982.247-25").orElseThrow();
        out.printf("  %s — %s — %s%n", v.protocol(), v.statusLabel(), v.subject());
        for (PublicOrderView.Step s : v.steps()) {
            out.printf("  %-15s %-16s %-19s %s%n", TIME.format(s.at()), s.action(), s.statusLabel(),
                    s.message() == null ? "" : s.message());
        }
        boolean wrongCpf = PublicLookup.of(desk).byTaxId(TENANT, o.protocol().value(), "111.444.777-35").isPresent();
        out.println("  (with someone else's CPF: " + (wrongCpf ? "shown!" : "not found") + ")");
    }

    private void showExport(ServiceOrder o) {
        out.printf("%n=== History export for Maria (text) ===%n");
        String text = HistoryExporter.of(desk).export(TENANT, o.id(), "pt-BR").orElseThrow().text();
        for (String line : text.strip().split("\\R")) {
            out.println("  " + line);
        }
    }
}
