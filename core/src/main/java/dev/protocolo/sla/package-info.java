/**
 * Service-level targets and deadlines: how long an order may take to get a first response, the next
 * update or a resolution, per priority, and when each is due given the time it spent paused.
 *
 * <p>{@link dev.protocolo.sla.SlaPolicy} holds the targets; {@link dev.protocolo.sla.DeadlineCalculator}
 * turns a target, a start instant and the pauses into a {@link dev.protocolo.sla.Deadline}. Everything
 * here is a pure function of its inputs; the current instant is always passed in.
 */
package dev.protocolo.sla;
