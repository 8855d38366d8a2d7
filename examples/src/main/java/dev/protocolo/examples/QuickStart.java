package dev.protocolo.examples;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Resolve;
import dev.protocolo.customer.Customer;
import dev.protocolo.deadline.DeadlineEvent;
import dev.protocolo.deadline.DeadlineWatcher;
import dev.protocolo.deadline.Escalations;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.dispatch.NotificationDispatcher;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.notify.LoggingSender;
import dev.protocolo.notify.TemplateRenderer;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The README's quick start, runnable: the same code on an embedded H2 database, with a logging sender. */
public final class QuickStart {
    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:quick-start;DB_CLOSE_DELAY=-1");
        DataSource dataSource = h2;

        JdbcStorage storage = JdbcStorage.builder(dataSource).build();          // creates its tables on first use
        ServiceDesk desk = storage.configure(ServiceDesk.builder())
                .team("frontline", "Atendimento").team("finance", "Financeiro")
                .type(OrderType.builder("billing").name("Faturamento").defaultTeam("frontline")
                        .sla(SlaPolicy.builder(BusinessCalendar.brazilCommercial(ZoneId.of("America/Sao_Paulo")))
                                .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(16))).build())
                        .build())
                .build();

        Customer maria = Customer.builder().externalId("crm-1001").name("Maria Oliveira")
                .taxId("529.982.247-25").email("maria@example.com").build();
        Actor ana = Actor.agent("ana", "Ana Souza");

        ServiceOrder order = desk.open(new OpenOrder("acme", "billing", maria, Channel.PHONE,
                "2ª via da fatura", null, Priority.NORMAL, Map.of(), null, ana));
        System.out.println("Seu protocolo é " + order.protocol());

        order = desk.forward(new Forward(OrderRef.of(order), ana, "finance", "Faturas são do financeiro", null));
        order = desk.resolve(new Resolve(OrderRef.of(order), ana, "2ª via enviada por e-mail.", null));

        NotificationDispatcher dispatcher = NotificationDispatcher.builder().outbox(desk.outbox())
                .renderer(TemplateRenderer.standard())
                .sender(LoggingSender.allChannels())
                .build();
        DeadlineWatcher watcher = DeadlineWatcher.builder(desk, storage.deadlines()).tenants("acme")
                .autoResume(true).escalate(DeadlineEvent.Kind.RESOLUTION_BREACHED, Escalations.raisePriority()).build();
        System.out.println("delivered " + dispatcher.dispatchOnce().sent() + " notifications; deadline events: "
                + watcher.runOnce().size());
        System.out.println(order.protocol() + " is " + order.status() + " with team " + desk.team(order.team()).name());
    }
}
