package dev.protocolo.spi;

import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Channel;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A filtered page request over one tenant's orders, newest first. Filters left {@code null} or empty
 * do not restrict. Paging is by keyset: pass the previous page's {@link Page#next()} as {@code after}.
 *
 * @param tenant     required
 * @param statuses   status names
 * @param categories status categories
 * @param team       responsible team
 * @param type       order type code
 * @param channel    opening channel
 * @param openedFrom opened at or after
 * @param openedTo   opened before
 * @param text       case-insensitive substring of subject or description
 * @param after      cursor from the previous page, or {@code null} for the first page
 * @param limit      page size, 1 to 1000
 */
public record OrderQuery(String tenant, Set<String> statuses, Set<StatusCategory> categories, String team,
                         String type, Channel channel, Instant openedFrom, Instant openedTo, String text,
                         PageCursor after, int limit) {
    public OrderQuery {
        Objects.requireNonNull(tenant, "tenant");
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }

    /** All orders of the tenant, first page of {@code limit}. */
    public static OrderQuery all(String tenant, int limit) {
        return new OrderQuery(tenant, null, null, null, null, null, null, null, null, null, limit);
    }

    public OrderQuery withCategories(Set<StatusCategory> c) {
        return new OrderQuery(tenant, statuses, c, team, type, channel, openedFrom, openedTo, text, after, limit);
    }

    public OrderQuery withTeam(String t) {
        return new OrderQuery(tenant, statuses, categories, t, type, channel, openedFrom, openedTo, text, after, limit);
    }

    public OrderQuery withText(String t) {
        return new OrderQuery(tenant, statuses, categories, team, type, channel, openedFrom, openedTo, t, after, limit);
    }

    public OrderQuery withOpened(Instant from, Instant to) {
        return new OrderQuery(tenant, statuses, categories, team, type, channel, from, to, text, after, limit);
    }

    public OrderQuery withStatuses(Set<String> s) {
        return new OrderQuery(tenant, s, categories, team, type, channel, openedFrom, openedTo, text, after, limit);
    }

    public OrderQuery withType(String t) {
        return new OrderQuery(tenant, statuses, categories, team, t, channel, openedFrom, openedTo, text, after, limit);
    }

    public OrderQuery withChannel(Channel c) {
        return new OrderQuery(tenant, statuses, categories, team, type, c, openedFrom, openedTo, text, after, limit);
    }

    /** The next page after {@code cursor}. */
    public OrderQuery after(PageCursor cursor) {
        return new OrderQuery(tenant, statuses, categories, team, type, channel, openedFrom, openedTo, text, cursor, limit);
    }
}
