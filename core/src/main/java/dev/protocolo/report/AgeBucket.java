package dev.protocolo.report;

import java.time.Duration;

/**
 * Backlog age ranges, in calendar time since opening: each includes its lower bound and excludes its upper one
 * (an order exactly 1 day old is in {@link #DAYS_1_TO_3}). A day is 24 hours.
 */
public enum AgeBucket {
    UNDER_1_DAY(0), DAYS_1_TO_3(1), DAYS_3_TO_7(3), DAYS_7_TO_30(7), OVER_30_DAYS(30);

    private final int fromDays;

    AgeBucket(int fromDays) {
        this.fromDays = fromDays;
    }

    /** The bucket of an order {@code age} old; a negative age (clock skew) counts as new. */
    public static AgeBucket of(Duration age) {
        AgeBucket result = UNDER_1_DAY;
        for (AgeBucket b : values()) {
            if (age.compareTo(Duration.ofDays(b.fromDays)) >= 0) {
                result = b;
            }
        }
        return result;
    }
}
