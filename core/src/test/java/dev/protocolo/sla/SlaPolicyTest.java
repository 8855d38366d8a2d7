package dev.protocolo.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.order.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    final SlaPolicy policy = SlaPolicy.builder(BusinessCalendar.brazilCommercial(DeadlineCalculatorTest.SP))
            .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(16)))
            .defaultTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofHours(4)))
            .target(Priority.URGENT, SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(4)))
            .target(Priority.URGENT, SlaMetric.NEXT_UPDATE, SlaTarget.calendar(Duration.ofHours(2)))
            .nearThreshold(0.5)
            .build();

    @Test
    void ownTargetsWinDefaultsFillInAndTheRestHasNone() {
        assertEquals(Optional.of(SlaTarget.business(Duration.ofHours(4))),
                policy.target(SlaMetric.RESOLUTION, Priority.URGENT));
        assertEquals(Optional.of(SlaTarget.business(Duration.ofHours(16))),
                policy.target(SlaMetric.RESOLUTION, Priority.LOW));
        assertEquals(Optional.of(SlaTarget.business(Duration.ofHours(4))),
                policy.target(SlaMetric.FIRST_RESPONSE, Priority.URGENT));
        assertTrue(policy.target(SlaMetric.NEXT_UPDATE, Priority.NORMAL).isEmpty());
        assertEquals(0.5, policy.nearThreshold());
    }

    @Test
    void raisingThePriorityKeepsThePausedTime() {
        Instant start = DeadlineCalculatorTest.at("2025-06-02T10:00");
        List<Pause> pauses = List.of(Pause.between(DeadlineCalculatorTest.at("2025-06-02T11:00"),
                DeadlineCalculatorTest.at("2025-06-02T13:00")));
        Instant now = DeadlineCalculatorTest.at("2025-06-02T14:00");
        Deadline normal = policy.deadline(SlaMetric.RESOLUTION, Priority.NORMAL, start, pauses, now).orElseThrow();
        Deadline urgent = policy.deadline(SlaMetric.RESOLUTION, Priority.URGENT, start, pauses, now).orElseThrow();
        assertEquals(Duration.ofHours(2), normal.pausedSoFar());
        assertEquals(normal.pausedSoFar(), urgent.pausedSoFar());
        assertEquals(DeadlineCalculatorTest.at("2025-06-02T16:00"), urgent.dueAt());
        assertEquals(DeadlineCalculatorTest.at("2025-06-02T14:00"), urgent.warnAt());
        assertEquals(DeadlineCalculatorTest.at("2025-06-03T18:00"), normal.dueAt());
    }
}
