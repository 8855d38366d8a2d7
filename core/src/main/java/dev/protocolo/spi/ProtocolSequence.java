package dev.protocolo.spi;

/**
 * Port: hands out the next value of a protocol-number series.
 *
 * <p>Implementations must be thread-safe and, for shared stores, unique across every JVM using the
 * same storage. {@link #next(String)} is called inside the open command's unit of work.
 */
public interface ProtocolSequence {
    /** Returns the next value (starting at 1) of the series named {@code seriesKey}. */
    long next(String seriesKey);
}
