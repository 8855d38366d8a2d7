package dev.protocolo.spi;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the rows
 * @param next  cursor for the next page, or {@code null} when this is the last
 */
public record Page<T>(List<T> items, PageCursor next) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }
}
