package dev.protocolo.report;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationStatsTest {
    @Test
    void nearestRankP90AndMiddleMedian() {
        // 1..10 s: mean 5.5 s, median (5 + 6) / 2 = 5.5 s, p90 = 9th value = 9 s.
        List<java.time.Duration> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> ofSeconds(i)).toList();
        assertEquals(new DurationStats(10, ofSeconds(5).plusMillis(500), ofSeconds(5).plusMillis(500), ofSeconds(9)),
                DurationStats.of(ten));
        // 1..11 s: p90 = ⌈9.9⌉ = 10th value.
        List<java.time.Duration> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> ofSeconds(i)).toList();
        assertEquals(ofSeconds(10), DurationStats.of(eleven).p90());
        assertEquals(ofSeconds(6), DurationStats.of(eleven).median());
        assertEquals(ofSeconds(7), DurationStats.of(List.of(ofSeconds(7))).p90());
    }

    @Test
    void ageBucketsIncludeTheirLowerBound() {
        assertEquals(AgeBucket.UNDER_1_DAY, AgeBucket.of(java.time.Duration.ofHours(23)));
        assertEquals(AgeBucket.DAYS_1_TO_3, AgeBucket.of(java.time.Duration.ofDays(1)));
        assertEquals(AgeBucket.DAYS_7_TO_30, AgeBucket.of(java.time.Duration.ofDays(29)));
        assertEquals(AgeBucket.OVER_30_DAYS, AgeBucket.of(java.time.Duration.ofDays(30)));
    }
}
