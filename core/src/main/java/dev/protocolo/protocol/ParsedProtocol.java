package dev.protocolo.protocol;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A protocol number taken apart by {@link ProtocolFormat#parseParts(String)}: the canonical number
 * plus the fields it carries. Immutable and thread-safe. A two-digit year is read as 20yy.
 */
public final class ParsedProtocol {
    private final ProtocolNumber number;
    private final long sequence;
    private final int year;
    private final int month;
    private final int day;
    private final String tenantCode;
    private final String orderTypeCode;

    ParsedProtocol(ProtocolNumber number, long sequence, int year, int month, int day, String tenantCode,
                   String orderTypeCode) {
        this.number = number;
        this.sequence = sequence;
        this.year = year;
        this.month = month;
        this.day = day;
        this.tenantCode = tenantCode;
        this.orderTypeCode = orderTypeCode;
    }

    /** The number in canonical printed form. */
    public ProtocolNumber number() {
        return number;
    }

    /** The sequence value within its series. */
    public long sequence() {
        return sequence;
    }

    /** The year of opening, if the format prints one. */
    public OptionalInt year() {
        return year < 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The month of opening (1-12), if the format prints one. */
    public OptionalInt month() {
        return month < 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** The full opening date, if the format prints year, month and day. */
    public Optional<LocalDate> date() {
        return day < 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** The tenant code printed in the number, upper case, if the format prints one. */
    public Optional<String> tenantCode() {
        return Optional.ofNullable(tenantCode);
    }

    /** The order type code printed in the number, upper case, if the format prints one. */
    public Optional<String> orderTypeCode() {
        return Optional.ofNullable(orderTypeCode);
    }

    @Override public String toString() {
        return "ParsedProtocol[" + number + ", sequence=" + sequence + "]";
    }
}
