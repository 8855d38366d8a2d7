package dev.protocolo.deadline;

import dev.protocolo.command.Assign;
import dev.protocolo.command.Reclassify;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;

/** Ready-made {@link Escalation}s. Each one acts as the system actor {@code deadline-watcher}. */
public final class Escalations {
    static final Actor WATCHER = Actor.system("deadline-watcher");

    private Escalations() {
    }

    /** Raises the order's priority one step (up to URGENT); the deadlines are recomputed. */
    public static Escalation raisePriority() {
        return (event, desk) -> {
            Priority p = event.order().priority();
            if (p != Priority.URGENT) {
                desk.reclassify(new Reclassify(OrderRef.latest(event.order().tenant(), event.order().id()), WATCHER,
                        Priority.values()[p.ordinal() + 1], "escalated: " + event.kind()));
            }
        };
    }

    /** Hands the order to another team (e.g. supervisors). */
    public static Escalation reassignTo(String team) {
        return (event, desk) -> desk.assign(new Assign(OrderRef.latest(event.order().tenant(), event.order().id()),
                WATCHER, team, null, null));
    }

    /** Tells a listener, e.g. one that e-mails a supervisor. */
    public static Escalation notify(DeadlineListener supervisor) {
        return (event, desk) -> supervisor.onDeadline(event);
    }
}
