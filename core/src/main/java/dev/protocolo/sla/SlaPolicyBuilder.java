package dev.protocolo.sla;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.order.Priority;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the targets of an {@link SlaPolicy}. Not thread-safe: use one builder on one thread;
 * the policies it builds are immutable and independent of it.
 */
public final class SlaPolicyBuilder {
    final BusinessCalendar calendar;
    final Map<Priority, Map<SlaMetric, SlaTarget>> targets = new EnumMap<>(Priority.class);
    final Map<SlaMetric, SlaTarget> defaults = new EnumMap<>(SlaMetric.class);
    double nearThreshold = DeadlineCalculator.DEFAULT_NEAR_THRESHOLD;

    SlaPolicyBuilder(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The target of {@code metric} for orders of {@code priority}, replacing any set before. */
    public SlaPolicyBuilder target(Priority priority, SlaMetric metric, SlaTarget target) {
        Objects.requireNonNull(priority, "priority");
        targets.computeIfAbsent(priority, p -> new EnumMap<>(SlaMetric.class))
                .put(Objects.requireNonNull(metric, "metric"), Objects.requireNonNull(target, "target"));
        return this;
    }

    /** The target of {@code metric} for every priority without its own. */
    public SlaPolicyBuilder defaultTarget(SlaMetric metric, SlaTarget target) {
        defaults.put(Objects.requireNonNull(metric, "metric"), Objects.requireNonNull(target, "target"));
        return this;
    }

    /** Share of a target, in (0, 1], after which a deadline counts as near; 0.8 unless set. */
    public SlaPolicyBuilder nearThreshold(double fraction) {
        this.nearThreshold = DeadlineCalculator.checkedThreshold(fraction);
        return this;
    }

    /** The policy. */
    public SlaPolicy build() {
        return new SlaPolicy(this);
    }
}
