package dev.protocolo.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How protocol numbers are built, parsed and scoped into series. Immutable and thread-safe: build
 * one per order type at start-up and share it.
 *
 * <p>A format is a list of parts, each of fixed width: literal text, opening-date fields, a
 * zero-padded sequence, codes (tenant, order type, or a fixed operator code) and an optional check
 * digit computed over every non-literal part before it. Build one in code with {@link #builder()}
 * or from a pattern string with {@link #ofPattern(String)}:
 *
 * <pre>{@code
 * ProtocolFormat f = ProtocolFormat.builder()
 *         .literal("SUP-").year().literal("-").sequence(6).literal("-").checkDigit(CheckDigit.DAMM)
 *         .build();
 * ProtocolFormat same = ProtocolFormat.ofPattern("SUP-{yyyy}-{seq:6}-{check:damm}");
 * }</pre>
 *
 * <p>Pattern fields: {@code {yyyy}} {@code {yy}} {@code {MM}} {@code {dd}} (opening date),
 * {@code {seq:N}} (N digits, 1-18), {@code {tenant:N}} and {@code {type:N}} (the context's code,
 * exactly N letters or digits), {@code {code:VALUE}} (a fixed code), {@code {check}} /
 * {@code {check:damm}} / {@code {check:mod11}}, and {@code {per-type}} (prints nothing, gives each
 * order type its own series). Everything else is literal text.
 *
 * <p><b>Series.</b> {@link #seriesKey} always names the tenant; adds the order type when the format
 * is per type; and adds the year, month or day when the format prints them, so the first number of a
 * new year or day is 1 without any job having to reset a counter.
 *
 * <p><b>Parsing.</b> {@link #parse} accepts what a person typed: spaces, dots, dashes and slashes
 * are ignored anywhere, letters in any case; length, characters, fixed text, date and check digit
 * are verified, each failure with its own {@link InvalidProtocolNumberException.Reason}. Parsing
 * walks fixed offsets and allocates two small arrays, so it costs well under a microsecond. A valid
 * number only says the text is well formed: <b>the protocol number alone never authorizes a lookup by
 * the public</b> — a caller outside the organisation must also prove who they are (tax id, a secret
 * sent with the notification, a login) before any order is shown.
 */
public final class ProtocolFormat {
    final Part[] parts;
    final int[] offsets;
    final int width;
    final boolean perOrderType;
    final boolean[] literalSymbols = new boolean[128];
    private final String pattern;

    private ProtocolFormat(List<Part> parts, boolean perOrderType) {
        this.parts = parts.toArray(Part[]::new);
        this.offsets = new int[this.parts.length];
        int w = 0;
        StringBuilder p = new StringBuilder();
        boolean printsType = false;
        for (int i = 0; i < this.parts.length; i++) {
            offsets[i] = w;
            w += this.parts[i].width();
            p.append(this.parts[i].token());
            printsType |= this.parts[i] instanceof Part.ContextCode c && c.orderType();
            if (this.parts[i] instanceof Part.Literal l) {
                l.significant().chars().filter(c -> !Part.isAlnum((char) c)).forEach(c -> literalSymbols[c] = true);
            }
        }
        this.width = w;
        this.perOrderType = perOrderType || printsType;
        this.pattern = perOrderType && !printsType ? "{per-type}" + p : p.toString();
    }

    /** Starts a format definition. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a format from its pattern string, e.g. {@code "SUP-{yyyy}-{seq:6}-{check}"}.
     *
     * @throws ProtocolFormatException naming the position and the problem if the pattern is malformed
     */
    public static ProtocolFormat ofPattern(String pattern) {
        return PatternReader.read(pattern);
    }

    /**
     * Year + 6-digit sequence + Damm check digit, e.g. {@code 2026000123-8}; a new series every
     * 1 January. Pattern {@code {yyyy}{seq:6}-{check:damm}}.
     */
    public static ProtocolFormat yearly() {
        return ofPattern("{yyyy}{seq:6}-{check:damm}");
    }

    /**
     * The 20-digit layout Brazilian health-plan operators use (ANS): 6-digit operator registration,
     * opening date {@code yyyyMMdd} and a 6-digit sequence restarting every day, no check digit.
     * For operator 123456, e.g. {@code 12345620260315000042}.
     *
     * @param operatorCode the operator's 6-digit ANS registration
     */
    public static ProtocolFormat dailyForOperator(String operatorCode) {
        Objects.requireNonNull(operatorCode, "operatorCode");
        if (operatorCode.length() != 6 || !operatorCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProtocolFormatException("an operator registration code has 6 digits");
        }
        return builder().code(operatorCode).year().month().day().sequence(6).build();
    }

    /**
     * A plain increasing number of {@code digits} digits that never restarts, e.g. {@code 00001234}
     * for {@code plain(8)}.
     */
    public static ProtocolFormat plain(int digits) {
        return builder().sequence(digits).build();
    }

    /**
     * A prefix, the year, a 6-digit sequence and a Damm check digit, e.g. {@code SUP-2026-000123-8}
     * for {@code prefixed("SUP")}; a new series every 1 January.
     */
    public static ProtocolFormat prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return builder().literal(prefix + "-").year().literal("-").sequence(6).literal("-").checkDigit().build();
    }

    /** The key of the counter this context draws from, e.g. {@code acme|2026} or {@code acme|support|2026-03-15}. */
    public String seriesKey(ProtocolContext ctx) {
        StringBuilder key = new StringBuilder(ctx.tenant());
        if (perOrderType) {
            key.append('|').append(requireType(ctx));
        }
        LocalDate d = ctx.date();
        if (has(Part.DateField.DAY)) {
            key.append('|').append(d);
        } else if (has(Part.DateField.MONTH)) {
            key.append('|').append(d.toString(), 0, d.toString().length() - 3);
        } else if (has(Part.DateField.YEAR) || has(Part.DateField.SHORT_YEAR)) {
            key.append('|').append(d.getYear());
        }
        return key.toString();
    }

    /**
     * Formats the {@code sequence}-th number of the context's series.
     *
     * @throws SequenceOutOfRangeException if the sequence is below 1 or wider than the format allows
     * @throws ProtocolFormatException if a context code or the year does not fit the format
     */
    public ProtocolNumber format(ProtocolContext ctx, long sequence) {
        return NumberWriter.write(this, ctx, sequence);
    }

    /**
     * Parses what a person typed into the canonical number. See the class notes: a valid number is
     * not a permission to show the order.
     *
     * @throws InvalidProtocolNumberException with the failed rule as its reason
     */
    public ProtocolNumber parse(String typed) {
        return NumberReader.read(this, typed).number();
    }

    /** Like {@link #parse} and also returns the sequence, date and codes the number carries. */
    public ParsedProtocol parseParts(String typed) {
        return NumberReader.read(this, typed);
    }

    /** Whether {@link #parse} would accept {@code typed}; {@code null} is not valid. */
    public boolean isValid(String typed) {
        if (typed == null) {
            return false;
        }
        try {
            NumberReader.read(this, typed);
            return true;
        } catch (InvalidProtocolNumberException e) {
            return false;
        }
    }

    /** Whether every order type has its own series. */
    public boolean perOrderType() {
        return perOrderType;
    }

    /** The largest sequence value a series of this format can print. */
    public long maxSequence() {
        for (Part p : parts) {
            if (p instanceof Part.Sequence s) {
                return s.max();
            }
        }
        throw new AssertionError("a format always has a sequence");
    }

    /** The pattern string that {@link #ofPattern} reads back into an equal format. */
    public String pattern() {
        return pattern;
    }

    @Override public boolean equals(Object o) {
        return o instanceof ProtocolFormat f && f.pattern.equals(pattern);
    }

    @Override public int hashCode() {
        return pattern.hashCode();
    }

    @Override public String toString() {
        return "ProtocolFormat[" + pattern + "]";
    }

    boolean has(Part part) {
        for (Part p : parts) {
            if (p == part) {
                return true;
            }
        }
        return false;
    }

    String requireType(ProtocolContext ctx) {
        if (ctx.orderType() == null) {
            throw new ProtocolFormatException("format " + pattern + " needs the order type, the context has none");
        }
        return ctx.orderType();
    }

    /**
     * Collects the parts of a {@link ProtocolFormat}, in printing order. Not thread-safe; use one
     * builder per format.
     */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private boolean perOrderType;
        private String pattern;
        private int position = -1;

        private Builder() {
        }

        /** Fixed text, printed as written. Printable ASCII except braces. */
        public Builder literal(String text) {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw fail("a literal cannot be empty");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c > 0x7e || c == '{' || c == '}') {
                    throw fail("literal character '" + c + "' is not allowed (printable ASCII except braces)");
                }
            }
            int last = parts.size() - 1;
            if (last >= 0 && parts.get(last) instanceof Part.Literal l) {
                parts.set(last, Part.Literal.of(l.text() + text));
                return this;
            }
            return add(Part.Literal.of(text));
        }

        /** The 4-digit year of opening. */
        public Builder year() {
            return add(Part.DateField.YEAR);
        }

        /** The 2-digit year of opening (2000-2099). */
        public Builder shortYear() {
            return add(Part.DateField.SHORT_YEAR);
        }

        /** The 2-digit month of opening; needs a year. */
        public Builder month() {
            return add(Part.DateField.MONTH);
        }

        /** The 2-digit day of opening; needs a month. */
        public Builder day() {
            return add(Part.DateField.DAY);
        }

        /** The sequence, zero-padded to {@code digits} (1-18) digits. */
        public Builder sequence(int digits) {
            if (digits < 1 || digits > 18) {
                throw fail("sequence digits must be 1 to 18, got " + digits);
            }
            return add(new Part.Sequence(digits));
        }

        /** The tenant's code, exactly {@code width} (1-32) letters or digits. */
        public Builder tenantCode(int width) {
            return add(new Part.ContextCode(false, checkWidth(width)));
        }

        /** The order type's code, exactly {@code width} (1-32) letters or digits; makes the format per type. */
        public Builder orderTypeCode(int width) {
            return add(new Part.ContextCode(true, checkWidth(width)));
        }

        /** A code fixed for the format, e.g. an operator registration: 1-32 letters or digits. */
        public Builder code(String value) {
            Objects.requireNonNull(value, "value");
            String up = value.toUpperCase(Locale.ROOT);
            if (up.isEmpty() || up.length() > 32 || !up.chars().allMatch(c -> Part.isAlnum((char) c))) {
                throw fail("code '" + value + "' must be 1 to 32 letters or digits");
            }
            return add(new Part.FixedCode(up));
        }

        /** A Damm check digit over the fields before it. */
        public Builder checkDigit() {
            return checkDigit(CheckDigit.DAMM);
        }

        /** A check digit of the given algorithm over the fields before it. */
        public Builder checkDigit(CheckDigit algorithm) {
            return add(new Part.Check(Objects.requireNonNull(algorithm, "algorithm")));
        }

        /** Gives each order type its own series; needed when the type is told apart by a per-type literal. */
        public Builder perOrderType() {
            perOrderType = true;
            return this;
        }

        /**
         * Checks the parts make unique, parseable numbers and returns the format.
         *
         * @throws ProtocolFormatException if there is not exactly one sequence, a field repeats, the check
         *     digit is followed by a field, or a day or month appears without the coarser date fields
         */
        public ProtocolFormat build() {
            PartRules.check(parts, positions, this);
            return new ProtocolFormat(parts, perOrderType);
        }

        Builder readingPattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        Builder at(int position) {
            this.position = position;
            return this;
        }

        private int checkWidth(int width) {
            if (width < 1 || width > 32) {
                throw fail("code width must be 1 to 32, got " + width);
            }
            return width;
        }

        private Builder add(Part part) {
            parts.add(part);
            positions.add(position);
            return this;
        }

        ProtocolFormatException fail(String problem) {
            return pattern == null || position < 0
                    ? new ProtocolFormatException(pattern == null ? problem : "protocol pattern \"" + pattern + "\": " + problem)
                    : new ProtocolFormatException(pattern, position, problem);
        }
    }
}
