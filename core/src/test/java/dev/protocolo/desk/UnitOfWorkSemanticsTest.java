package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Close;
import dev.protocolo.lifecycle.IllegalTransitionException;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several commands in one host unit of work: they see each other, fail alone, and publish only after commit. */
class UnitOfWorkSemanticsTest {
    private final List<OrderEvent> events = new ArrayList<>();
    private final Fixtures f = new Fixtures(ServiceDesk.builder().listener(events::add));

    @Test
    void commandsInOneUnitOfWorkSeeEachOtherAndPublishAfterCommit() {
        ServiceOrder o = f.store.execute(() -> {
            ServiceOrder opened = f.desk.open(Fixtures.phoneCall("x"));
            ServiceOrder assigned = f.desk.assign(new Assign(OrderRef.of(opened), FINANCE, "finance", null, null));
            assertTrue(events.isEmpty(), "nothing is published before the commit");
            return f.desk.reply(new AddReply(OrderRef.of(assigned), FINANCE, "Olá"));
        });
        assertEquals(3, o.version());
        assertEquals(3, events.size());
        assertEquals(3, f.desk.history(TENANT, o.id()).size());
    }

    @Test
    void aFailedCommandInsideTheHostsUnitOfWorkUndoesOnlyItself() {
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        int notifications = f.desk.notifications(TENANT, o.id()).size();
        events.clear();
        f.store.execute(() -> {
            f.desk.reply(new AddReply(OrderRef.latest(TENANT, o.id()), FINANCE, "primeira"));
            assertThrows(IllegalTransitionException.class,
                    () -> f.desk.close(new Close(OrderRef.latest(TENANT, o.id()), FINANCE, null)));
            return null;
        });
        ServiceOrder after = f.desk.find(TENANT, o.id()).orElseThrow();
        assertEquals(2, after.version());
        assertEquals(notifications + 2, f.desk.notifications(TENANT, o.id()).size(), "the reply's e-mail and SMS only");
        assertEquals(1, events.size());
    }

    @Test
    void aRolledBackUnitOfWorkPublishesNothingAndLeavesNothing() {
        assertThrows(IllegalStateException.class, () -> f.store.execute(() -> {
            f.desk.open(Fixtures.phoneCall("x"));
            throw new IllegalStateException("host failure");
        }));
        assertTrue(events.isEmpty());
        assertTrue(f.store.allOrders(TENANT).isEmpty());
    }

    @Test
    void aThrowingPolicyWritesNothing() {
        Fixtures g = new Fixtures(ServiceDesk.builder().notificationPolicy(ctx -> {
            if (ctx.before() != null) {
                throw new IllegalStateException("policy bug");
            }
            return StandardNotificationPolicy.standard().notificationsFor(ctx);
        }));
        ServiceOrder o = g.desk.open(Fixtures.phoneCall("x"));
        assertThrows(IllegalStateException.class, () -> g.store.execute(() ->
                g.desk.reply(new AddReply(OrderRef.of(o), FINANCE, "oi"))));
        assertEquals(1, g.desk.find(TENANT, o.id()).orElseThrow().version());
        assertEquals(1, g.desk.history(TENANT, o.id()).size());
    }

    @Test
    void overlappingFormatsStillFindTheirOrders() {
        Fixtures g = new Fixtures(ServiceDesk.builder()
                .type(OrderType.builder("general").build())
                .type(OrderType.builder("dotted").protocolFormat(ProtocolFormat.ofPattern("{yyyy}.{seq:6}{check}")).build()));
        ServiceOrder dotted = g.desk.open(new dev.protocolo.command.OpenOrder(TENANT, "dotted", Fixtures.customer(),
                dev.protocolo.order.Channel.WEB, "x", null, null, java.util.Map.of(), null, Fixtures.FRONTLINE));
        assertEquals(dotted, g.desk.findByProtocol(TENANT, dotted.protocol().value()).orElseThrow());
    }
}
