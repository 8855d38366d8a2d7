package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.FRONTLINE;
import static dev.protocolo.desk.Fixtures.SUPERVISOR;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.ProtocoloException;
import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Cancel;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.InvalidCommandException;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.Reopen;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.lifecycle.IllegalTransitionException;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.lifecycle.Transition;
import dev.protocolo.lifecycle.TransitionRefusedException;
import dev.protocolo.order.Action;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.OrderNotFoundException;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Visibility;
import dev.protocolo.order.WaitingOn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every command's effect and every kind of refusal; a refusal changes nothing anywhere. */
class CommandRefusalTest {
    private final List<OrderEvent> events = new ArrayList<>();
    private final Fixtures f = new Fixtures(ServiceDesk.builder().listener(events::add)
            .type(OrderType.builder("general").build())
            .type(OrderType.builder("repair").requireAttributes("serial").defaultTeam("support")
                    .reopenWindow(Duration.ofDays(2)).build()));

    private ServiceOrder open() {
        return f.desk.open(Fixtures.phoneCall("Internet lenta"));
    }

    /** Runs a command that must be refused and checks that nothing changed. */
    private <X extends ProtocoloException> X refused(Class<X> type, ServiceOrder before, Executable command) {
        int history = f.desk.history(TENANT, before.id()).size();
        int outbox = f.desk.notifications(TENANT, before.id()).size();
        int heard = events.size();
        X e = assertThrows(type, command::execute);
        assertEquals(before, f.desk.find(TENANT, before.id()).orElseThrow());
        assertEquals(history, f.desk.history(TENANT, before.id()).size());
        assertEquals(outbox, f.desk.notifications(TENANT, before.id()).size());
        assertEquals(heard, events.size(), "no event for a refused command");
        return e;
    }

    @FunctionalInterface
    interface Executable {
        void execute() throws Throwable;
    }

    @Test
    void invalidOpenNamesEveryBrokenField() {
        OpenOrder bad = new OpenOrder(TENANT, "general", Fixtures.customer(), null, " ", null, null, Map.of(), null, FRONTLINE);
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> f.desk.open(bad));
        assertTrue(e.getMessage().contains("subject"), e.getMessage());
        assertTrue(e.getMessage().contains("channel"), e.getMessage());
        assertEquals(Set.of("subject", "channel"), Set.copyOf(e.violations().stream().map(v -> v.field()).toList()));
        assertTrue(f.store.allOrders(TENANT).isEmpty());
    }

    @Test
    void openRequiresTheTypesAttributesAndKnownTeamsAndTypes() {
        OpenOrder noSerial = new OpenOrder(TENANT, "repair", Fixtures.customer(), Channel.WEB, "Modem queimado", null,
                null, Map.of(), null, FRONTLINE);
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> f.desk.open(noSerial));
        assertEquals("attributes.serial", e.violations().get(0).field());
        OpenOrder unknownTeam = new OpenOrder(TENANT, "general", Fixtures.customer(), Channel.WEB, "x", null, null,
                Map.of(), "legal", FRONTLINE);
        assertTrue(assertThrows(InvalidCommandException.class, () -> f.desk.open(unknownTeam)).getMessage().contains("legal"));
        OpenOrder unknownType = new OpenOrder(TENANT, "sales", Fixtures.customer(), Channel.WEB, "x", null, null,
                Map.of(), null, FRONTLINE);
        assertTrue(assertThrows(UnknownOrderTypeException.class, () -> f.desk.open(unknownType)).getMessage().contains("repair"));
        assertTrue(f.store.allOrders(TENANT).isEmpty());

        ServiceOrder repair = f.desk.open(new OpenOrder(TENANT, "repair", Fixtures.customer(), Channel.WEB,
                "Modem queimado", null, Priority.HIGH, Map.of("serial", "SN-1"), null, FRONTLINE));
        assertEquals("support", repair.team(), "the type's default team");
        assertEquals(Map.of("serial", "SN-1"), repair.attributes());
        assertEquals(Priority.HIGH, repair.priority());
    }

    @Test
    void illegalTransitionNamesFromToAndAllowed() {
        ServiceOrder o = open();
        IllegalTransitionException e = refused(IllegalTransitionException.class, o,
                () -> f.desk.close(new Close(OrderRef.of(o), FRONTLINE, null)));
        assertEquals("new", e.from());
        assertEquals("closed", e.to());
        assertEquals(Action.CLOSE, e.action());
        assertTrue(e.allowed().stream().anyMatch(a -> a.startsWith("assign")), e.allowed().toString());
        assertTrue(e.getMessage().contains(o.protocol().value()));
    }

    @Test
    void requiredFieldRolesAndGuardsRefuse() {
        ServiceOrder o = open();
        // Bean Validation catches a blank resolution before the lifecycle does.
        refused(InvalidCommandException.class, o, () -> f.desk.resolve(new Resolve(OrderRef.of(o), FRONTLINE, " ", null)));
        ServiceOrder resolved = f.desk.resolve(new Resolve(OrderRef.of(o), FRONTLINE, "Resolvido reiniciando o modem", null));
        ServiceOrder closed = f.desk.close(new Close(OrderRef.of(resolved), FRONTLINE, null));
        f.clock.advance(Duration.ofDays(8));
        TransitionRefusedException late = refused(TransitionRefusedException.class, closed,
                () -> f.desk.reopen(new Reopen(OrderRef.of(closed), FRONTLINE, "voltou a falhar")));
        assertEquals("reopen_closed", late.transition());
        assertTrue(late.rule().contains("reopen window"), late.rule());
    }

    @Test
    void reopenWithinTheWindowClearsResolution() {
        ServiceOrder o = open();
        o = f.desk.resolve(new Resolve(OrderRef.of(o), FRONTLINE, "Feito", null));
        o = f.desk.close(new Close(OrderRef.of(o), FRONTLINE, null));
        f.clock.advance(Duration.ofDays(6));
        o = f.desk.reopen(new Reopen(OrderRef.of(o), FRONTLINE, "voltou a falhar"));
        assertEquals("in_progress", o.status());
        assertNull(o.resolution());
        assertNull(o.closedAt());
        assertNull(o.resolvedAt());
    }

    @Test
    void rolesAreCheckedByTransitions() {
        Lifecycle strict = Lifecycle.builder("strict")
                .status(Status.of("open", StatusCategory.NEW, "Aberto", "Open"))
                .status(Status.of("done", StatusCategory.CANCELLED, "Cancelado", "Cancelled"))
                .initial("open")
                .transition(new Transition("cancel", Action.CANCEL, Set.of("open"), "done", Set.of("reason"),
                        Set.of("supervisor"), null, null))
                .build();
        Fixtures g = new Fixtures(ServiceDesk.builder().type(OrderType.builder("general").lifecycle(strict).build()));
        ServiceOrder o = g.desk.open(Fixtures.phoneCall("x"));
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> g.desk.cancel(new Cancel(OrderRef.of(o), FRONTLINE, "duplicado")));
        assertTrue(e.rule().contains("supervisor"));
        assertEquals("done", g.desk.cancel(new Cancel(OrderRef.of(o), SUPERVISOR, "duplicado")).status());
    }

    @Test
    void staleVersionIsRefused() {
        ServiceOrder o = open();
        ServiceOrder newer = f.desk.note(new AddNote(OrderRef.of(o), FRONTLINE, "cliente irritado"));
        ConcurrentModificationException e = refused(ConcurrentModificationException.class, newer,
                () -> f.desk.reply(new AddReply(OrderRef.of(o), FRONTLINE, "Olá")));
        assertEquals(1, e.expectedVersion());
        assertEquals(o.protocol().value(), e.protocol());
        // Acting on the latest version works.
        assertEquals(3, f.desk.reply(new AddReply(OrderRef.latest(TENANT, o.id()), FRONTLINE, "Olá")).version());
    }

    @Test
    void unknownOrdersAndOtherTenantsAreNotFound() {
        ServiceOrder o = open();
        assertThrows(OrderNotFoundException.class, () -> f.desk.reply(new AddReply(
                OrderRef.latest(TENANT, new OrderId(UUID.randomUUID())), FRONTLINE, "Olá")));
        refused(OrderNotFoundException.class, o, () -> f.desk.reply(new AddReply(
                OrderRef.latest("other", o.id()), FRONTLINE, "Olá")));
        assertTrue(f.desk.find("other", o.id()).isEmpty());
        assertTrue(f.desk.history("other", o.id()).isEmpty());
    }

    @Test
    void waitNeedsAFutureTimeAndTheRightKindOfWaitingStatus() {
        ServiceOrder o = open();
        refused(InvalidCommandException.class, o, () -> f.desk.hold(new Wait(OrderRef.of(o), FRONTLINE,
                WaitingOn.CUSTOMER, f.clock.instant(), null, null)));
        ServiceOrder third = f.desk.hold(new Wait(OrderRef.of(o), FRONTLINE, WaitingOn.THIRD_PARTY,
                f.clock.instant().plusSeconds(3600), null, "aguardando operadora"));
        assertEquals("waiting_third_party", third.status());
        assertEquals(StatusCategory.WAITING, third.statusCategory());
        ServiceOrder resumed = f.desk.resume(new Resume(OrderRef.of(third), FRONTLINE, null));
        assertNull(resumed.waitUntil());
        assertEquals("in_progress", resumed.status());
    }

    @Test
    void assignNeedsTeamOrAgentAndForwardClearsTheAgent() {
        ServiceOrder o = open();
        InvalidCommandException e = refused(InvalidCommandException.class, o,
                () -> f.desk.assign(new Assign(OrderRef.of(o), FRONTLINE, null, " ", null)));
        assertTrue(e.getMessage().contains("team or agent"), e.getMessage());
        refused(InvalidCommandException.class, o,
                () -> f.desk.forward(new Forward(OrderRef.of(o), FRONTLINE, "legal", "juridico", null)));
        ServiceOrder assigned = f.desk.assign(new Assign(OrderRef.of(o), FRONTLINE, null, "ana", null));
        assertEquals("ana", assigned.agent());
        ServiceOrder reassigned = f.desk.assign(new Assign(OrderRef.of(assigned), FRONTLINE, null, "rui", null));
        assertEquals(Visibility.INTERNAL, last(reassigned).visibility(), "reassignment keeps status and is internal");
        ServiceOrder forwarded = f.desk.forward(new Forward(OrderRef.of(reassigned), FRONTLINE, "finance", "cobrança", null));
        assertEquals("finance", forwarded.team());
        assertNull(forwarded.agent());
        assertEquals("new", forwarded.status(), "the new team has not picked it up yet");
    }

    @Test
    void notesStayInternalAndNotifyNobody() {
        ServiceOrder o = open();
        int before = f.desk.notifications(TENANT, o.id()).size();
        ServiceOrder noted = f.desk.note(new AddNote(OrderRef.of(o), FRONTLINE, "cliente VIP"));
        assertEquals(Visibility.INTERNAL, last(noted).visibility());
        assertEquals(before, f.desk.notifications(TENANT, o.id()).size());
    }

    @Test
    void cancelAndReclassify() {
        ServiceOrder o = open();
        ServiceOrder urgent = f.desk.reclassify(new Reclassify(OrderRef.of(o), SUPERVISOR, Priority.URGENT, "cliente VIP"));
        assertEquals(Priority.URGENT, urgent.priority());
        refused(InvalidCommandException.class, urgent, () -> f.desk.reclassify(new Reclassify(OrderRef.of(urgent), SUPERVISOR, null, null)));
        ServiceOrder cancelled = f.desk.cancel(new Cancel(OrderRef.of(urgent), FRONTLINE, "aberto em duplicidade"));
        assertEquals(StatusCategory.CANCELLED, cancelled.statusCategory());
        assertEquals(cancelled.updatedAt(), cancelled.closedAt());
        refused(IllegalTransitionException.class, cancelled,
                () -> f.desk.reply(new AddReply(OrderRef.of(cancelled), FRONTLINE, "oi")));
    }

    @Test
    void listenersHearEveryCommittedStepAndMayFailSafely() {
        Fixtures g = new Fixtures(ServiceDesk.builder().listener(e -> {
            throw new IllegalStateException("listener bug");
        }).listener(events::add));
        ServiceOrder o = g.desk.open(Fixtures.phoneCall("x"));
        g.desk.assign(new Assign(OrderRef.of(o), FINANCE, "finance", null, null));
        assertEquals(2, events.size());
        assertNull(events.get(0).from());
        assertEquals("new", events.get(1).from());
        assertEquals("in_progress", events.get(1).to());
    }

    private dev.protocolo.order.HistoryEntry last(ServiceOrder o) {
        List<dev.protocolo.order.HistoryEntry> h = f.desk.history(TENANT, o.id());
        return h.get(h.size() - 1);
    }
}
