package dev.protocolo.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {
    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    final DeadlineCalculator calc = new DeadlineCalculator(BusinessCalendar.brazilCommercial(SP));
    final SlaTarget eightHours = SlaTarget.business(Duration.ofHours(8));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SP).toInstant();
    }

    @Test
    void withoutPausesTheDeadlineIsStartPlusTarget() {
        Deadline d = calc.deadline(SlaMetric.RESOLUTION, eightHours, at("2025-06-02T10:00"), List.of(),
                at("2025-06-02T11:00"));
        assertEquals(at("2025-06-02T18:00"), d.dueAt());
        assertEquals(at("2025-06-02T16:24"), d.warnAt());
        assertEquals(Duration.ZERO, d.pausedSoFar());
        assertFalse(d.paused());
        assertFalse(d.breached());
        assertFalse(d.isNear(at("2025-06-02T11:00")));
        assertTrue(d.isNear(at("2025-06-02T16:24")));
    }

    @Test
    void aFinishedPauseMovesTheDeadlineByTheBusinessTimePaused() {
        Deadline d = calc.deadline(SlaMetric.RESOLUTION, eightHours, at("2025-06-02T10:00"),
                List.of(Pause.between(at("2025-06-02T12:00"), at("2025-06-02T14:00"))), at("2025-06-03T09:00"));
        assertEquals(at("2025-06-03T10:00"), d.dueAt());
        assertEquals(Duration.ofHours(2), d.pausedSoFar());
        assertFalse(d.breached());
    }

    @Test
    void whilePausedTheDeadlineIsWhereItWouldBeIfResumedNow() {
        Deadline d = calc.deadline(SlaMetric.RESOLUTION, eightHours, at("2025-06-02T10:00"),
                List.of(Pause.since(at("2025-06-02T12:00"))), at("2025-06-03T09:00"));
        assertTrue(d.paused());
        assertEquals(Duration.ofHours(7), d.pausedSoFar());
        assertEquals(at("2025-06-03T15:00"), d.dueAt());
        assertFalse(d.breached());
    }

    @Test
    void aPauseAfterTheBreachDoesNotUndoIt() {
        SlaTarget twoHours = SlaTarget.business(Duration.ofHours(2));
        Deadline d = calc.deadline(SlaMetric.FIRST_RESPONSE, twoHours, at("2025-06-02T10:00"),
                List.of(Pause.between(at("2025-06-02T13:00"), at("2025-06-03T10:00"))), at("2025-06-03T11:00"));
        assertEquals(at("2025-06-02T12:00"), d.dueAt());
        assertTrue(d.breached());
        assertEquals(Duration.ofHours(7), d.pausedSoFar());
    }

    @Test
    void overlappingPausesCountOnce() {
        List<Pause> pauses = List.of(Pause.between(at("2025-06-02T12:00"), at("2025-06-02T14:00")),
                Pause.between(at("2025-06-02T13:00"), at("2025-06-02T15:00")));
        assertEquals(Duration.ofHours(3), calc.deadline(SlaMetric.RESOLUTION, eightHours, at("2025-06-02T10:00"),
                pauses, at("2025-06-02T16:00")).pausedSoFar());
        assertEquals(Duration.ofHours(3), calc.elapsed(at("2025-06-02T10:00"), at("2025-06-02T16:00"), pauses));
    }

    @Test
    void calendarTimeTargetsCountHolidaysAndNights() {
        Deadline d = calc.deadline(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofDays(5)),
                at("2025-04-18T10:00"), List.of(Pause.between(at("2025-04-19T10:00"), at("2025-04-20T10:00"))),
                at("2025-04-25T10:00"));
        assertEquals(at("2025-04-24T10:00"), d.dueAt());
        assertEquals(Duration.ofDays(1), d.pausedSoFar());
        assertTrue(d.breached());
    }

    @Test
    void refusesNonsense() {
        assertThrows(InvalidSlaException.class, () -> SlaTarget.business(Duration.ofHours(-1)));
        assertThrows(InvalidSlaException.class, () -> Pause.between(at("2025-06-02T12:00"), at("2025-06-02T11:00")));
        assertThrows(InvalidSlaException.class,
                () -> new DeadlineCalculator(BusinessCalendar.brazilCommercial(SP), 1.5));
        assertThrows(InvalidSlaException.class,
                () -> new DeadlineCalculator(BusinessCalendar.brazilCommercial(SP), 0));
    }
}
