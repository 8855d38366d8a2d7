package dev.protocolo.lifecycle;

import dev.protocolo.order.WaitingOn;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Action;
import java.time.Duration;
import java.util.Set;

/**
 * The default lifecycle, enough for most order types:
 *
 * <pre>
 * new ──assign──▶ in_progress ──wait──▶ waiting_customer | waiting_third_party ──resume──▶ in_progress
 *  │  ◀─forward─┘      │                                                     
 *  │                   └──resolve──▶ resolved ──close──▶ closed
 *  └──cancel (before resolution)──▶ cancelled      ◀──reopen (from resolved, or from closed within the type's window)
 * </pre>
 *
 * Replies, internal notes, contact attempts and reassignments are steps that keep the status.
 * Resolving requires a {@code resolution}; cancelling and reopening require a {@code reason}.
 */
final class StandardLifecycle {
    static final String NEW = "new";
    static final String IN_PROGRESS = "in_progress";
    static final String WAITING_CUSTOMER = "waiting_customer";
    static final String WAITING_THIRD_PARTY = "waiting_third_party";
    static final String RESOLVED = "resolved";
    static final String CLOSED = "closed";
    static final String CANCELLED = "cancelled";

    static final Lifecycle INSTANCE = build();

    private StandardLifecycle() {
    }

    private static Lifecycle build() {
        String[] open = {NEW, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY};
        String[] working = {NEW, IN_PROGRESS};
        return Lifecycle.builder("standard")
                .status(Status.of(NEW, StatusCategory.NEW, "Aberto", "Open"))
                .status(Status.of(IN_PROGRESS, StatusCategory.IN_PROGRESS, "Em atendimento", "In progress"))
                .status(Status.waiting(WAITING_CUSTOMER, WaitingOn.CUSTOMER, "Aguardando cliente", "Waiting for you"))
                .status(Status.waiting(WAITING_THIRD_PARTY, WaitingOn.THIRD_PARTY, "Aguardando terceiros", "Waiting on a third party"))
                .status(Status.of(RESOLVED, StatusCategory.RESOLVED, "Resolvido", "Resolved"))
                .status(Status.of(CLOSED, StatusCategory.CLOSED, "Encerrado", "Closed"))
                .status(Status.of(CANCELLED, StatusCategory.CANCELLED, "Cancelado", "Cancelled"))
                .initial(NEW)
                .transition("assign", Action.ASSIGN, IN_PROGRESS, NEW)
                .step("reassign", Action.ASSIGN, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY)
                .transition("forward", Action.FORWARD, NEW, working)
                .step("forward_waiting", Action.FORWARD, WAITING_CUSTOMER, WAITING_THIRD_PARTY)
                .step("reply", Action.REPLY, open)
                .step("note", Action.NOTE, NEW, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY, RESOLVED, CLOSED, CANCELLED)
                .step("contact_attempt", Action.CONTACT_ATTEMPT, open)
                .transition("wait_customer", Action.WAIT, WAITING_CUSTOMER, working)
                .transition("wait_third_party", Action.WAIT, WAITING_THIRD_PARTY, working)
                .transition("resume", Action.RESUME, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY)
                .transitionRequiring("resolve", Action.RESOLVE, Set.of("resolution"), RESOLVED, open)
                .transition("close", Action.CLOSE, CLOSED, RESOLVED)
                .transitionRequiring("reopen", Action.REOPEN, Set.of("reason"), IN_PROGRESS, RESOLVED)
                .transition(new Transition("reopen_closed", Action.REOPEN, Set.of(CLOSED), IN_PROGRESS,
                        Set.of("reason"), Set.of(), StandardLifecycle::withinReopenWindow,
                        "closed less than the order type's reopen window ago"))
                .transitionRequiring("cancel", Action.CANCEL, Set.of("reason"), CANCELLED, open)
                .step("reclassify", Action.RECLASSIFY, NEW, IN_PROGRESS, WAITING_CUSTOMER, WAITING_THIRD_PARTY, RESOLVED)
                .build();
    }

    private static boolean withinReopenWindow(GuardContext ctx) {
        Duration window = ctx.type().reopenWindow();
        return ctx.order().closedAt() != null && ctx.now().isBefore(ctx.order().closedAt().plus(window));
    }
}
