package dev.protocolo.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pauses of one clock cut to [start, now], sorted and merged, so overlapping or repeated pauses
 * (a host may record the same wait twice) never count twice and pauses after {@code now} are not
 * guessed at.
 */
record PauseTimeline(List<Stretch> stretches, boolean pausedNow) {

    /** One merged pause [from, to). */
    record Stretch(Instant from, Instant to) {
    }

    static PauseTimeline of(Instant start, Instant now, List<Pause> pauses) {
        List<Stretch> cut = new ArrayList<>();
        boolean pausedNow = false;
        for (Pause p : pauses) {
            if (p.from().isAfter(now)) {
                continue;
            }
            boolean open = p.to() == null || p.to().isAfter(now);
            pausedNow |= open && (p.to() == null || p.to().isAfter(start));
            Instant from = p.from().isBefore(start) ? start : p.from();
            Instant to = open ? now : p.to();
            if (to.isAfter(from)) {
                cut.add(new Stretch(from, to));
            }
        }
        cut.sort(Comparator.comparing(Stretch::from));
        List<Stretch> merged = new ArrayList<>(cut.size());
        for (Stretch s : cut) {
            Stretch last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Stretch(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
            } else {
                merged.add(s);
            }
        }
        return new PauseTimeline(List.copyOf(merged), pausedNow && !now.isBefore(start));
    }
}
