package dev.protocolo.protocol;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link ProtocolFormat} may use to build a number: tenant, order type and opening date.
 *
 * @param tenant    the tenant the order belongs to; always part of the series key
 * @param orderType the order type's code; may be {@code null} unless the format is per type or prints it
 * @param date      the opening date in the organisation's zone, taken from the injected clock
 */
public record ProtocolContext(String tenant, String orderType, LocalDate date) {
    public ProtocolContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(date, "date");
    }
}
