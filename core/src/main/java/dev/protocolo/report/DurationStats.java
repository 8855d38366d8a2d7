package dev.protocolo.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Count, mean, median and 90th percentile of a list of durations. With the values sorted ascending as
 * x<sub>1</sub>..x<sub>n</sub>: mean = sum / n; median = x<sub>(n+1)/2</sub> for odd n and
 * (x<sub>n/2</sub> + x<sub>n/2+1</sub>) / 2 for even n; p90 by nearest rank = x<sub>⌈0.9·n⌉</sub> (always one of
 * the values). Divisions truncate to the nanosecond. With no values, count is 0 and the others are {@code null}.
 * Immutable and thread-safe.
 *
 * @param count  number of values
 * @param mean   arithmetic mean
 * @param median middle value
 * @param p90    90th percentile, nearest rank
 */
public record DurationStats(long count, Duration mean, Duration median, Duration p90) {
    /** No values. */
    public static final DurationStats EMPTY = new DurationStats(0, null, null, null);

    /** The statistics of {@code values} (not modified). */
    public static DurationStats of(List<Duration> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        List<Duration> x = new ArrayList<>(values);
        Collections.sort(x);
        int n = x.size();
        Duration sum = x.stream().reduce(Duration.ZERO, Duration::plus);
        Duration median = n % 2 == 1 ? x.get(n / 2) : x.get(n / 2 - 1).plus(x.get(n / 2)).dividedBy(2);
        // ceil(0.9 n) in integers, to avoid floating-point surprises (0.9 * 10 = 9.000000000000002).
        int rank = (9 * n + 9) / 10;
        return new DurationStats(n, sum.dividedBy(n), median, x.get(rank - 1));
    }
}
