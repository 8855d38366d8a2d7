package dev.protocolo.protocol;

/**
 * How protocol numbers are built, parsed and scoped into series. Immutable and thread-safe.
 */
public final class ProtocolFormat {
    private ProtocolFormat() {
    }

    /** Year + 6-digit sequence + check digit, a new series every 1 January. */
    public static ProtocolFormat yearly() {
        return new ProtocolFormat();
    }

    /** The key of the counter this context draws from. */
    public String seriesKey(ProtocolContext ctx) {
        return ctx.tenant() + "|" + ctx.orderType() + "|" + ctx.date().getYear();
    }

    /** Formats the {@code sequence}-th number of the context's series. */
    public ProtocolNumber format(ProtocolContext ctx, long sequence) {
        return new ProtocolNumber(ctx.date().getYear() + String.format("%06d", sequence));
    }

    /** Parses what a person typed into the canonical number. */
    public ProtocolNumber parse(String typed) {
        return new ProtocolNumber(typed.replaceAll("[\\s./-]", ""));
    }
}
