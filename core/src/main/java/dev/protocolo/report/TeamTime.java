package dev.protocolo.report;

import java.time.Duration;

/**
 * How long one team was responsible for orders within the period: each hold (from the step that handed the
 * order to the team to the step that handed it on, or to resolution/closing, or to {@code asOf} while it
 * lasts) clipped to the period. Immutable and thread-safe.
 *
 * @param team     team code
 * @param teamName team name
 * @param holds    holds overlapping the period
 * @param total    sum of the clipped holds
 * @param mean     {@code total / holds}
 */
public record TeamTime(String team, String teamName, long holds, Duration total, Duration mean) {
}
