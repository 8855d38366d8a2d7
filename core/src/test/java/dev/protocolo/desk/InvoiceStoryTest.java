package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.FRONTLINE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.RecordContactAttempt;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationData;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.Action;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Visibility;
import dev.protocolo.order.WaitingOn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer phones for a second copy of an invoice; the front line forwards to finance; finance cannot
 * reach the customer, schedules a call back for the next day, reaches them, sends the invoice, resolves
 * and closes. Every history entry is checked.
 */
class InvoiceStoryTest {
    private final Fixtures f = new Fixtures();

    @Test
    void theInvoiceStoryIsRecordedStepByStep() {
        Instant monday = f.clock.instant();
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("2ª via de fatura"));
        assertEquals("new", o.status());
        assertEquals("frontline", o.team());

        o = f.desk.forward(new Forward(OrderRef.of(o), FRONTLINE, "finance", "Fatura é com o financeiro", null));
        f.clock.advance(Duration.ofMinutes(30));
        o = f.desk.assign(new Assign(OrderRef.of(o), FINANCE, null, "bruno", null));
        o = f.desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), FINANCE, ContactOutcome.NOT_REACHED,
                Channel.PHONE, "caixa postal", "Tentamos ligar, sem sucesso"));
        Instant tomorrow = monday.plus(Duration.ofDays(1));
        o = f.desk.hold(new Wait(OrderRef.of(o), FINANCE, WaitingOn.CUSTOMER, tomorrow,
                "Ligaremos amanhã às 10h", null));
        assertEquals(tomorrow, o.waitUntil());

        f.clock.set(tomorrow);
        o = f.desk.resume(new Resume(OrderRef.of(o), FINANCE, null));
        o = f.desk.recordContactAttempt(new RecordContactAttempt(OrderRef.of(o), FINANCE, ContactOutcome.REACHED,
                Channel.PHONE, null, "Falamos com a cliente"));
        o = f.desk.reply(new AddReply(OrderRef.of(o), FINANCE, "Segue a 2ª via da fatura em anexo"));
        o = f.desk.resolve(new Resolve(OrderRef.of(o), FINANCE, "2ª via enviada por e-mail", null));
        o = f.desk.close(new Close(OrderRef.of(o), FINANCE, null));

        List<HistoryEntry> h = f.desk.history(TENANT, o.id());
        assertEquals(10, h.size());
        assertEquals(10, o.version());
        expect(h.get(0), Action.OPEN, null, "new", null, "frontline", null, null, FRONTLINE.id(), Visibility.PUBLIC);
        expect(h.get(1), Action.FORWARD, "new", "new", "frontline", "finance", null, null, FRONTLINE.id(), Visibility.PUBLIC);
        assertEquals("Fatura é com o financeiro", h.get(1).internalNote());
        expect(h.get(2), Action.ASSIGN, "new", "in_progress", "finance", "finance", null, "bruno", "bruno", Visibility.PUBLIC);
        expect(h.get(3), Action.CONTACT_ATTEMPT, "in_progress", "in_progress", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        assertEquals("NOT_REACHED", h.get(3).details().get("outcome"));
        expect(h.get(4), Action.WAIT, "in_progress", "waiting_customer", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        assertEquals(tomorrow.toString(), h.get(4).details().get("until"));
        expect(h.get(5), Action.RESUME, "waiting_customer", "in_progress", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        assertEquals(tomorrow, h.get(5).at());
        expect(h.get(6), Action.CONTACT_ATTEMPT, "in_progress", "in_progress", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        expect(h.get(7), Action.REPLY, "in_progress", "in_progress", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        expect(h.get(8), Action.RESOLVE, "in_progress", "resolved", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        expect(h.get(9), Action.CLOSE, "resolved", "closed", "finance", "finance", "bruno", "bruno", "bruno", Visibility.PUBLIC);
        for (int i = 0; i < h.size(); i++) {
            assertEquals(i + 1, h.get(i).sequence());
        }

        assertEquals(StatusCategory.CLOSED, o.statusCategory());
        assertEquals("2ª via enviada por e-mail", o.resolution());
        assertEquals(monday, o.openedAt());
        assertEquals(monday.plus(Duration.ofMinutes(30)), o.firstResponseAt(), "the announced call back was the first response");
        assertEquals(tomorrow, o.resolvedAt());
        assertEquals(tomorrow, o.closedAt());
        assertNull(o.waitUntil());
        assertEquals(o, f.desk.replay(h), "replaying the history reproduces the order");
        assertEquals(o, f.desk.find(TENANT, o.id()).orElseThrow());
        assertEquals(o, f.desk.findByProtocol(TENANT, o.protocol().value()).orElseThrow());

        // One e-mail and one SMS per public step, each naming the protocol; no internal step reaches the customer.
        List<Notification> sent = f.desk.notifications(TENANT, o.id());
        assertEquals(20, sent.size());
        for (Notification n : sent) {
            assertEquals(o.protocol().value(), n.data().get(NotificationData.PROTOCOL));
            assertEquals(NotificationStatus.PENDING, n.status());
        }
        assertTrue(sent.stream().anyMatch(n -> n.channel() == NotificationChannel.EMAIL && n.event() == Action.FORWARD
                && "Financeiro".equals(n.data().get(NotificationData.TEAM))));
        assertTrue(sent.stream().anyMatch(n -> n.event() == Action.CLOSE && "Encerrado".equals(n.data().get(NotificationData.STATUS))
                && "Resolvido".equals(n.data().get(NotificationData.PREVIOUS_STATUS))));
    }

    private static void expect(HistoryEntry e, Action action, String statusBefore, String statusAfter, String teamBefore,
                               String teamAfter, String agentBefore, String agentAfter, String actor, Visibility visibility) {
        String where = "entry " + e.sequence() + " (" + e.action() + ")";
        assertEquals(action, e.action(), where);
        assertEquals(statusBefore, e.statusBefore(), where);
        assertEquals(statusAfter, e.statusAfter(), where);
        assertEquals(teamBefore, e.teamBefore(), where);
        assertEquals(teamAfter, e.teamAfter(), where);
        assertEquals(agentBefore, e.agentBefore(), where);
        assertEquals(agentAfter, e.agentAfter(), where);
        assertEquals(actor, e.actor().id(), where);
        assertEquals(visibility, e.visibility(), where);
    }
}
