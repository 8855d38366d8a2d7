package dev.protocolo.report;

/**
 * Resolution-deadline compliance: of the orders resolved in the period that carry a resolution deadline
 * ({@code sla().resolutionDueAt()}), how many were resolved at or before it. Orders without a deadline are left
 * out, not counted as met. Immutable and thread-safe.
 *
 * @param considered orders resolved in the period with a deadline
 * @param met        of those, resolved at or before the deadline
 * @param percent    {@code 100 * met / considered}, or {@code null} when nothing was considered
 */
public record SlaCompliance(long considered, long met, Double percent) {
    public static SlaCompliance of(long considered, long met) {
        return new SlaCompliance(considered, met, considered == 0 ? null : 100.0 * met / considered);
    }
}
