package dev.protocolo.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.order.Action;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.WaitingOn;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lifecycle is validated when built and every refusal names the problem. */
class LifecycleDefinitionTest {

    private static Lifecycle.Builder base() {
        return Lifecycle.builder("t")
                .status(Status.of("open", StatusCategory.NEW, "Aberto", "Open"))
                .status(Status.of("done", StatusCategory.CLOSED, "Feito", "Done"))
                .initial("open")
                .transition("finish", Action.CLOSE, "done", "open");
    }

    private static void refused(String expected, Lifecycle.Builder b) {
        InvalidLifecycleException e = assertThrows(InvalidLifecycleException.class, b::build);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aMinimalLifecycleBuilds() {
        Lifecycle lc = base().build();
        assertEquals("open", lc.initialStatus().name());
        assertEquals(1, lc.transitionsFrom("open").size());
    }

    @Test
    void finishedStatusesCanAlwaysBeAnonymized() {
        Lifecycle lc = base().build();
        Transition t = lc.transitionsFrom("done").stream().filter(x -> x.action() == Action.ANONYMIZE).findFirst().orElseThrow();
        assertEquals("done", t.target("done"), "anonymizing keeps the status");
        assertTrue(lc.transitionsFrom("open").stream().noneMatch(x -> x.action() == Action.ANONYMIZE), "open orders are not");
    }

    @Test
    void refusesUnreachableStatus() {
        refused("status 'limbo' is unreachable", base().status(Status.of("limbo", StatusCategory.CANCELLED, "x", "x")));
    }

    @Test
    void refusesTransitionsToOrFromUnknownStatuses() {
        refused("leads to unknown status 'nowhere'", base().transition("go", Action.RESUME, "nowhere", "open"));
        refused("starts from unknown status 'ghost'", base().transition("go", Action.RESUME, "open", "ghost"));
    }

    @Test
    void refusesMissingOrUnknownInitialStatus() {
        refused("has no initial status", Lifecycle.builder("t")
                .status(Status.of("done", StatusCategory.CLOSED, "Feito", "Done")));
        refused("initial status 'x' is not defined", base().initial("x"));
        refused("has no status", Lifecycle.builder("t").initial("x"));
    }

    @Test
    void refusesLifecycleWithoutTerminalStatus() {
        refused("has no terminal status", Lifecycle.builder("t")
                .status(Status.of("a", StatusCategory.NEW, "A", "A"))
                .status(Status.of("b", StatusCategory.IN_PROGRESS, "B", "B"))
                .initial("a").transition("ab", Action.ASSIGN, "b", "a").transition("ba", Action.FORWARD, "a", "b"));
    }

    @Test
    void refusesNonTerminalDeadEnds() {
        refused("status 'stuck' is a dead end", base()
                .status(Status.of("stuck", StatusCategory.IN_PROGRESS, "Preso", "Stuck"))
                .transition("get_stuck", Action.ASSIGN, "stuck", "open"));
    }

    @Test
    void refusesDuplicatesBadNamesAndMissingLabels() {
        refused("transition 'finish' defined twice", base().transition("finish", Action.CANCEL, "done", "open"));
        assertThrows(InvalidLifecycleException.class, () -> base().status(Status.of("open", StatusCategory.NEW, "x", "x")));
        assertThrows(InvalidLifecycleException.class, () -> Status.of("Bad Name", StatusCategory.NEW, "x", "x"));
        assertThrows(InvalidLifecycleException.class, () -> new Status("w", StatusCategory.WAITING, null, Map.of("pt-BR", "x")));
        assertThrows(InvalidLifecycleException.class, () -> new Status("w", StatusCategory.NEW, null, Map.of("en", "x")));
        assertThrows(InvalidLifecycleException.class, () -> new Transition("t", Action.OPEN, Set.of("open"), "done",
                null, null, null, null));
    }

    @Test
    void actionsMustLeadToTheirCategory() {
        refused("transition 'fake_resolve' (RESOLVE) must lead to a status of category [RESOLVED]",
                base().transition("fake_resolve", Action.RESOLVE, "open", "open"));
        refused("(WAIT) must lead to a status of category [WAITING]", base().transition("w", Action.WAIT, "done", "open"));
        refused("(REOPEN) must lead", base().transition("r", Action.REOPEN, "done", "done"));
        refused("must be of category NEW or IN_PROGRESS", Lifecycle.builder("t")
                .status(Status.waiting("w", WaitingOn.CUSTOMER, "x", "x"))
                .status(Status.of("done", StatusCategory.CLOSED, "Feito", "Done"))
                .initial("w").transition("c", Action.CLOSE, "done", "w"));
    }

    @Test
    void standardLifecycleHasTheExpectedShape() {
        Lifecycle lc = Lifecycle.standard();
        assertEquals("new", lc.initialStatus().name());
        assertEquals(WaitingOn.CUSTOMER, lc.status("waiting_customer").waitingOn());
        assertEquals("Waiting for you", lc.status("waiting_customer").label("en"));
        assertEquals("Aguardando cliente", lc.status("waiting_customer").label("fr"), "falls back to pt-BR");
        assertTrue(lc.transition("reopen_closed").isPresent());
        for (Status s : lc.statuses()) {
            assertTrue(s.category().isFinal() || !lc.transitionsFrom(s.name()).isEmpty(), s.name());
        }
    }
}
