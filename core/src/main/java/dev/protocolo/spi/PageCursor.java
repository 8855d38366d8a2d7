package dev.protocolo.spi;

import dev.protocolo.order.OrderId;
import java.time.Instant;

/** Keyset position: the last row of a page, ordered by opening time then id, both descending. */
public record PageCursor(Instant openedAt, OrderId id) {
}
