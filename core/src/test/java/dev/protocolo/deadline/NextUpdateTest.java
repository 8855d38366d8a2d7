package dev.protocolo.deadline;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After each public step the customer is owed news within the NEXT_UPDATE target; waiting owes none. */
class NextUpdateTest {
    static final SlaPolicy POLICY = SlaPolicy.builder(SlaStoryTest.CAL)
            .defaultTarget(SlaMetric.NEXT_UPDATE, SlaTarget.business(Duration.ofHours(4))).build();

    private final Fixtures f = new Fixtures(ServiceDesk.builder().zone(SlaStoryTest.SP)
            .type(OrderType.builder("general").sla(POLICY).build()));
    private final List<DeadlineEvent> events = new ArrayList<>();

    @Test
    void publicStepsSetTheNextUpdateAndTheWatcherRemindsOnce() {
        f.clock.set(SlaStoryTest.MONDAY_10);
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        assertNull(o.sla().nextUpdateDueAt(), "the first-response target covers the opening");
        o = f.desk.reply(new AddReply(OrderRef.of(o), FINANCE, "Estamos verificando"));
        assertEquals(Instant.parse("2026-03-02T17:00:00Z"), o.sla().nextUpdateDueAt(), "Monday 14:00");
        f.clock.advance(Duration.ofHours(1));
        ServiceOrder noted = f.desk.note(new AddNote(OrderRef.of(o), FINANCE, "interno"));
        assertEquals(o.sla().nextUpdateDueAt(), noted.sla().nextUpdateDueAt(), "internal notes tell the customer nothing");

        DeadlineWatcher w = DeadlineWatcher.builder(f.desk, f.store).tenants(TENANT).listener(events::add).build();
        f.clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        w.runOnce();
        w.runOnce();
        assertEquals(List.of(DeadlineEvent.Kind.NEXT_UPDATE_OVERDUE), events.stream().map(DeadlineEvent::kind).toList());

        ServiceOrder waiting = f.desk.hold(new Wait(OrderRef.of(noted), FINANCE, WaitingOn.CUSTOMER,
                SlaStoryTest.TUESDAY_10, null, null));
        assertNull(waiting.sla().nextUpdateDueAt(), "waiting on the customer owes no update");
        f.clock.set(SlaStoryTest.TUESDAY_10);
        ServiceOrder resumed = f.desk.resume(new Resume(OrderRef.of(waiting), FINANCE, null));
        assertEquals(Instant.parse("2026-03-03T17:00:00Z"), resumed.sla().nextUpdateDueAt(), "Tuesday 14:00");
        ServiceOrder resolved = f.desk.resolve(new Resolve(OrderRef.of(resumed), FINANCE, "feito", null));
        assertNull(resolved.sla().nextUpdateDueAt());
        assertEquals(resolved, f.desk.replay(f.desk.history(TENANT, resolved.id())));
    }
}
