package dev.protocolo.protocol;

import java.time.LocalDate;

/** What a {@link ProtocolFormat} may use to build a number: tenant, order type and opening date. */
public record ProtocolContext(String tenant, String orderType, LocalDate date) {
}
