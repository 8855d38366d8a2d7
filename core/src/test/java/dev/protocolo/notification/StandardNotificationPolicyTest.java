package dev.protocolo.notification;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Forward;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.order.Action;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the standard policy sends: customer channels with skips, webhooks, staff e-mails, never internal steps. */
class StandardNotificationPolicyTest {

    @Test
    void missingAddressesAndOptOutsAreRecordedAsSkipped() {
        Fixtures f = new Fixtures();
        Customer noPhone = Customer.builder().externalId("c1").name("João").email("joao@example.com")
                .optOut(NotificationChannel.EMAIL).build();
        ServiceOrder o = f.desk.open(new dev.protocolo.command.OpenOrder(TENANT, "general", noPhone,
                dev.protocolo.order.Channel.WEB, "x", null, null, Map.of(), null, Fixtures.FRONTLINE));
        List<Notification> n = f.desk.notifications(TENANT, o.id());
        assertEquals(2, n.size());
        for (Notification each : n) {
            assertEquals(NotificationStatus.SKIPPED, each.status());
            assertTrue(each.lastError().contains(each.channel().name()), each.lastError());
        }
    }

    @Test
    void staffAreToldWhenOrdersReachThemAndWebhooksHearEveryPublicStep() {
        StaffDirectory directory = (audience, id) -> switch (id) {
            case "bruno" -> "bruno@acme.example";
            case "finance" -> "financeiro@acme.example";
            default -> null;
        };
        Fixtures f = new Fixtures(ServiceDesk.builder().notificationPolicy(StandardNotificationPolicy.builder()
                .customerChannels(NotificationChannel.EMAIL).webhook("https://crm.example/hooks/protocolo")
                .notifyResponsible(directory).build()));
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        o = f.desk.forward(new Forward(OrderRef.of(o), FINANCE, "finance", "faturas", null));
        o = f.desk.assign(new Assign(OrderRef.of(o), FINANCE, null, "bruno", null));
        o = f.desk.note(new AddNote(OrderRef.of(o), FINANCE, "cliente VIP"));
        List<Notification> n = f.desk.notifications(TENANT, o.id());
        assertEquals(List.of("OPEN:CUSTOMER:EMAIL", "OPEN:CUSTOMER:WEBHOOK",
                "FORWARD:CUSTOMER:EMAIL", "FORWARD:CUSTOMER:WEBHOOK", "FORWARD:TEAM:EMAIL",
                "ASSIGN:CUSTOMER:EMAIL", "ASSIGN:CUSTOMER:WEBHOOK", "ASSIGN:AGENT:EMAIL"),
                n.stream().map(x -> x.event() + ":" + x.audience() + ":" + x.channel()).toList());
        assertEquals("financeiro@acme.example", n.get(4).recipient());
        assertEquals("bruno@acme.example", n.get(7).recipient());
        assertTrue(n.stream().noneMatch(x -> x.event() == Action.NOTE), "internal notes never notify");
        assertEquals(n.size(), n.stream().map(Notification::idempotencyKey).distinct().count());
    }
}
