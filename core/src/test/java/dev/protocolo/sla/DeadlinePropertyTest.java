package dev.protocolo.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.calendar.OptionalDay;
import dev.protocolo.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DeadlinePropertyTest {
    static final BusinessCalendar LUNCH_BREAK = BusinessCalendar.builder(ZoneId.of("America/Sao_Paulo"))
            .weekdays(WorkingInterval.parse("08:00-12:00"), WorkingInterval.parse("13:00-18:00"))
            .brazilianHolidays(true).optionalDays(OptionalDay.values()).build();
    static final DeadlineCalculator CALC = new DeadlineCalculator(LUNCH_BREAK);

    /** A clock started at {@code start}, looked at {@code now}, with pauses around both. */
    record Scenario(Instant start, Instant now, List<Pause> pauses) {
    }

    @Property
    void anExtraPauseNeverMovesTheDeadlineEarlier(@ForAll("scenarios") Scenario s, @ForAll("targets") SlaTarget t,
            @ForAll("pauses") Pause extra) {
        Deadline before = CALC.deadline(SlaMetric.RESOLUTION, t, s.start(), s.pauses(), s.now());
        List<Pause> more = new ArrayList<>(s.pauses());
        more.add(shift(extra, s.start()));
        Deadline after = CALC.deadline(SlaMetric.RESOLUTION, t, s.start(), more, s.now());
        assertFalse(after.dueAt().isBefore(before.dueAt()), () -> before + " -> " + after);
        assertTrue(after.pausedSoFar().compareTo(before.pausedSoFar()) >= 0);
    }

    @Property
    void changingTheTargetKeepsThePausedTimeAndTheCountedTime(@ForAll("scenarios") Scenario s,
            @ForAll("targets") SlaTarget t1, @ForAll("targets") SlaTarget t2) {
        Deadline d1 = CALC.deadline(SlaMetric.RESOLUTION, t1, s.start(), s.pauses(), s.now());
        Deadline d2 = CALC.deadline(SlaMetric.RESOLUTION, t2, s.start(), s.pauses(), s.now());
        if (t1.basis() == t2.basis()) {
            assertEquals(d1.pausedSoFar(), d2.pausedSoFar());
        }
        assertEquals(d1.paused(), d2.paused());
        for (Deadline d : List.of(d1, d2)) {
            // whatever the target, the deadline is "now plus what is left of it" until it runs out
            Duration counted = CALC.elapsed(d.target().basis(), s.start(), s.now(), s.pauses());
            Duration left = d.target().amount().minus(counted);
            if (!left.isNegative() && !left.isZero()) {
                BusinessCalendar cal = d.target().basis() == TimeBasis.BUSINESS_TIME
                        ? LUNCH_BREAK : BusinessCalendar.calendarDays(LUNCH_BREAK.zone());
                assertEquals(cal.add(s.now(), left), d.dueAt(), d::toString);
                assertFalse(d.breached());
            }
        }
    }

    @Property
    void warningComesNoLaterThanTheDeadline(@ForAll("scenarios") Scenario s, @ForAll("targets") SlaTarget t) {
        Deadline d = CALC.deadline(SlaMetric.FIRST_RESPONSE, t, s.start(), s.pauses(), s.now());
        assertFalse(d.warnAt().isAfter(d.dueAt()));
        assertFalse(d.warnAt().isBefore(s.start()));
    }

    private static Pause shift(Pause p, Instant start) {
        Instant from = start.plus(Duration.between(Instant.EPOCH, p.from()));
        return new Pause(from, p.to() == null ? null : start.plus(Duration.between(Instant.EPOCH, p.to())));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Instant> starts = Arbitraries.longs()
                .between(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 900,
                        Instant.parse("2026-12-31T00:00:00Z").getEpochSecond() / 900)
                .map(q -> Instant.ofEpochSecond(q * 900));
        Arbitrary<Duration> nowOffsets = Arbitraries.longs().between(0, 24 * 4 * 40)
                .map(q -> Duration.ofMinutes(q * 15));
        return Combinators.combine(starts, nowOffsets, pauses().list().ofMaxSize(4))
                .as((start, offset, ps) -> new Scenario(start, start.plus(offset),
                        ps.stream().map(p -> shift(p, start)).toList()));
    }

    /** Pauses as offsets from the epoch, shifted onto each scenario's start; some begin before it. */
    @Provide
    Arbitrary<Pause> pauses() {
        Arbitrary<Long> from = Arbitraries.longs().between(-24 * 4, 24 * 4 * 40);
        Arbitrary<Long> length = Arbitraries.longs().between(0, 24 * 4 * 5);
        Arbitrary<Boolean> ongoing = Arbitraries.of(true, false, false, false);
        return Combinators.combine(from, length, ongoing).as((f, l, o) -> {
            Instant a = Instant.EPOCH.plus(Duration.ofMinutes(f * 15));
            return new Pause(a, o ? null : a.plus(Duration.ofMinutes(l * 15)));
        });
    }

    @Provide
    Arbitrary<SlaTarget> targets() {
        Arbitrary<Duration> amounts = Arbitraries.longs().between(0, 24 * 4 * 10)
                .map(q -> Duration.ofMinutes(q * 15));
        return Combinators.combine(amounts, Arbitraries.of(TimeBasis.class)).as(SlaTarget::new);
    }
}
