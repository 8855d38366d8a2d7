package dev.protocolo.deadline;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.InvalidCommandException;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.order.Action;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Changing an order's type recomputes its deadlines from the new type's policy, keeping the paused time. */
class ReclassifyTest {
    static final SlaPolicy FAST = SlaPolicy.builder(SlaStoryTest.CAL)
            .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(2))).build();
    static final Lifecycle OTHER = Lifecycle.builder("other")
            .status(Status.of("open", StatusCategory.NEW, "Aberto", "Open"))
            .status(Status.of("done", StatusCategory.CLOSED, "Feito", "Done"))
            .initial("open").transition("close", Action.CLOSE, "done", "open").build();

    private final Fixtures f = new Fixtures(ServiceDesk.builder().zone(SlaStoryTest.SP)
            .type(OrderType.builder("general").sla(SlaStoryTest.POLICY).build())
            .type(OrderType.builder("vip").sla(FAST).build())
            .type(OrderType.builder("other").lifecycle(OTHER).build()));

    @Test
    void aNewTypeBringsItsDeadlinesAndKeepsThePausedTime() {
        f.clock.set(SlaStoryTest.MONDAY_10);
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        o = f.desk.hold(new Wait(OrderRef.of(o), FINANCE, WaitingOn.CUSTOMER, SlaStoryTest.TUESDAY_10, null, null));
        f.clock.set(SlaStoryTest.TUESDAY_10);
        o = f.desk.resume(new Resume(OrderRef.of(o), FINANCE, null));
        Duration paused = o.sla().pausedTotal();
        assertEquals(Duration.ofHours(10), paused, "Monday 10:00-18:00 and Tuesday 08:00-10:00");
        o = f.desk.reclassify(new Reclassify(OrderRef.of(o), FINANCE, null, "vip", "cliente VIP"));
        assertEquals("vip", o.type());
        assertEquals(paused, o.sla().pausedTotal());
        // 2 business hours counted from Monday 10:00 with 10 paused: Tuesday 12:00.
        assertEquals(Instant.parse("2026-03-03T15:00:00Z"), o.sla().resolutionDueAt());
        assertEquals(o, f.desk.replay(f.desk.history(TENANT, o.id())));
    }

    @Test
    void aTypeWithAnotherLifecycleIsRefused() {
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        InvalidCommandException e = assertThrows(InvalidCommandException.class,
                () -> f.desk.reclassify(new Reclassify(OrderRef.of(o), FINANCE, null, "other", null)));
        assertTrue(e.getMessage().contains("lifecycle"), e.getMessage());
        assertEquals(1, f.desk.find(TENANT, o.id()).orElseThrow().version());
    }
}
