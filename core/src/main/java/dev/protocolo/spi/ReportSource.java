package dev.protocolo.spi;

import dev.protocolo.order.Channel;
import dev.protocolo.order.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Port: the raw numbers behind management reports, so a database can filter and group in SQL instead of the
 * library loading every order. Each method returns either aggregate counts or at most one small row per order
 * (per team hold for {@link #teamHolds}); the library computes means, medians, percentiles and business time
 * from those rows, because business time needs the host's calendar.
 *
 * <p>Common rules. Every method sees only orders of {@link Filter#tenant()} that match every non-null field of
 * the filter, compared with the order's <em>current</em> value (type, team, opening channel, priority). A period
 * is half-open: {@code from <= t < to}. "Order" below means such a matching order; "entry" means a history entry
 * of a matching order. Implementations must be thread-safe and may read outside the caller's unit of work.
 */
public interface ReportSource {
    /**
     * Which orders a report covers.
     *
     * @param tenant   required
     * @param type     order type code, or {@code null} for all
     * @param team     current team code, or {@code null} for all
     * @param channel  opening channel, or {@code null} for all
     * @param priority current priority, or {@code null} for all
     */
    record Filter(String tenant, String type, String team, Channel channel, Priority priority) {
        public Filter {
            Objects.requireNonNull(tenant, "tenant");
        }
    }

    /**
     * Counts over a period.
     *
     * @param opened    orders with {@code openedAt} in the period
     * @param resolved  entries with action RESOLVE and {@code at} in the period (an order resolved twice counts twice)
     * @param closed    entries with action CLOSE in the period
     * @param reopened  entries with action REOPEN in the period
     * @param cancelled entries with action CANCEL in the period
     */
    record Volume(long opened, long resolved, long closed, long reopened, long cancelled) {
    }

    /** Two instants of one order: when something started and when it ended. */
    record Span(Instant start, Instant end) {
        public Span {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * Resolution-deadline counts over a period.
     *
     * @param considered orders with {@code resolvedAt} in the period and a non-null {@code sla.resolutionDueAt}
     * @param met        of those, the ones with {@code resolvedAt <= sla.resolutionDueAt}
     */
    record SlaCounts(long considered, long met) {
    }

    /**
     * A stretch of time during which one team was responsible for one order.
     *
     * @param team  the team code (never {@code null})
     * @param start when the team became responsible
     * @param end   when it stopped being responsible, or {@code null} while it still is
     */
    record TeamHold(String team, Instant start, Instant end) {
        public TeamHold {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(start, "start");
        }
    }

    /** Counts of openings and of resolve/close/reopen/cancel steps in {@code [from, to)}. */
    Volume volume(Filter filter, Instant from, Instant to);

    /**
     * The {@code openedAt} of every order that is open now (status category NEW, IN_PROGRESS or WAITING) and was
     * opened at or before {@code asOf}, in any order. SQL: {@code SELECT opened_at ... WHERE category IN (...) AND
     * opened_at <= ?}.
     */
    List<Instant> backlog(Filter filter, Instant asOf);

    /**
     * {@code (openedAt, firstResponseAt)} of every order opened in {@code [from, to)} that has a first response;
     * one row per order, in any order.
     */
    List<Span> firstResponses(Filter filter, Instant from, Instant to);

    /**
     * {@code (openedAt, resolvedAt)} of every order whose current {@code resolvedAt} is in {@code [from, to)};
     * one row per order, in any order. Reopened orders have no {@code resolvedAt} until resolved again.
     */
    List<Span> resolutions(Filter filter, Instant from, Instant to);

    /** Resolution-deadline compliance of orders resolved in {@code [from, to)}; see {@link SlaCounts}. */
    SlaCounts sla(Filter filter, Instant from, Instant to);

    /**
     * Every team hold that starts before {@code to} and ends after {@code from} (or has not ended); holds outside
     * the period may also be returned and are ignored. A hold begins at the opening entry (team = its
     * {@code teamAfter}) and at every entry whose {@code teamAfter} differs from its {@code teamBefore}; it ends at
     * the next such entry of the same order, or, for the order's last hold, at the order's {@code resolvedAt},
     * else its {@code closedAt}, else never ({@code null}). Holds whose team is {@code null} are not returned.
     * SQL: {@code LEAD(at) OVER (PARTITION BY order_id ORDER BY sequence)} over the team-changing entries, then
     * {@code COALESCE(next_at, resolved_at, closed_at)}.
     */
    List<TeamHold> teamHolds(Filter filter, Instant from, Instant to);
}
