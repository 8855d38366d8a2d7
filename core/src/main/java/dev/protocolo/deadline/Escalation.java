package dev.protocolo.deadline;

import dev.protocolo.desk.ServiceDesk;

/**
 * SPI: what to do when a deadline event fires — notify a supervisor, raise the priority, reassign. Runs
 * after the event was recorded as fired, so it runs once per event; actions that change the order go
 * through the desk and are recorded in its history. See {@link Escalations} for ready-made ones.
 */
@FunctionalInterface
public interface Escalation {
    void escalate(DeadlineEvent event, ServiceDesk desk);
}
