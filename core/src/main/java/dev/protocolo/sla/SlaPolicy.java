package dev.protocolo.sla;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.order.Priority;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA targets of one kind of order: for each {@link Priority} and {@link SlaMetric}, how long it
 * may take, the calendar that counts business time, and when to warn before a deadline.
 * Immutable and thread-safe; build with {@link #builder(BusinessCalendar)}.
 *
 * <p>A target set for a priority wins; otherwise the metric's default applies; with neither, the
 * metric has no target for that priority (e.g. no next-update promise for LOW orders).
 */
public final class SlaPolicy {
    private final BusinessCalendar calendar;
    private final Map<Priority, Map<SlaMetric, SlaTarget>> targets;
    private final Map<SlaMetric, SlaTarget> defaults;
    private final DeadlineCalculator calculator;

    SlaPolicy(SlaPolicyBuilder b) {
        this.calendar = b.calendar;
        EnumMap<Priority, Map<SlaMetric, SlaTarget>> copy = new EnumMap<>(Priority.class);
        b.targets.forEach((p, m) -> copy.put(p, new EnumMap<>(m)));
        this.targets = copy;
        this.defaults = b.defaults.isEmpty() ? Map.of() : new EnumMap<>(b.defaults);
        this.calculator = new DeadlineCalculator(calendar, b.nearThreshold);
    }

    /** A builder for a policy counting business time on {@code calendar}, warning at 80% by default. */
    public static SlaPolicyBuilder builder(BusinessCalendar calendar) {
        return new SlaPolicyBuilder(calendar);
    }

    /** The target for {@code metric} at {@code priority}, or the metric's default, if any. */
    public Optional<SlaTarget> target(SlaMetric metric, Priority priority) {
        SlaTarget own = targets.getOrDefault(priority, Map.of()).get(metric);
        return Optional.ofNullable(own != null ? own : defaults.get(metric));
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Share of a target, in (0, 1], after which a deadline counts as near. */
    public double nearThreshold() {
        return calculator.nearThreshold();
    }

    /** A calculator with this policy's calendar and threshold. */
    public DeadlineCalculator calculator() {
        return calculator;
    }

    /**
     * Where {@code metric} stands at {@code now} for an order of {@code priority}; empty if the policy
     * sets no target for it. After a priority change, call again with the new priority and the same
     * start and pauses.
     */
    public Optional<Deadline> deadline(SlaMetric metric, Priority priority, Instant start, List<Pause> pauses,
            Instant now) {
        return target(metric, priority).map(t -> calculator.deadline(metric, t, start, pauses, now));
    }
}
