package dev.protocolo.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/** Formatting and parsing are inverse, for every preset and for random part lists. */
class ProtocolFormatPropertiesTest {

    @Property(tries = 300)
    void presetsRoundTrip(@ForAll("presets") ProtocolFormat f, @ForAll @DateRange(min = "2000-01-01", max = "2099-12-31") LocalDate date,
                          @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
        ProtocolContext ctx = new ProtocolContext("acme", "support", date);
        ProtocolNumber number = f.format(ctx, sequence);
        assertEquals(number, f.parse(number.value()));
        assertEquals(sequence, f.parseParts(number.value()).sequence());
    }

    @Property(tries = 1000)
    void randomFormatsRoundTrip(@ForAll("formats") ProtocolFormat f, @ForAll long seed,
                                @ForAll @DateRange(min = "2000-01-01", max = "2099-12-31") LocalDate date) {
        Random random = new Random(seed);
        long sequence = 1 + Math.floorMod(random.nextLong(), f.maxSequence());
        ProtocolContext ctx = new ProtocolContext(code(random, f, "tenant"), code(random, f, "type"), date);
        ProtocolNumber number = f.format(ctx, sequence);

        ParsedProtocol parsed = f.parseParts(number.value());
        assertEquals(number, parsed.number());
        assertEquals(sequence, parsed.sequence());
        parsed.date().ifPresent(d -> assertEquals(date, d));
        // What a person types: lower case, separators dropped or doubled anywhere.
        assertEquals(number, f.parse(mangle(random, number.value())));
        assertEquals(f, ProtocolFormat.ofPattern(f.pattern()));
    }

    @Provide
    Arbitrary<ProtocolFormat> presets() {
        return Arbitraries.of(ProtocolFormat.yearly(), ProtocolFormat.dailyForOperator("123456"), ProtocolFormat.plain(6),
                ProtocolFormat.prefixed("SUP"), ProtocolFormat.prefixed("os"));
    }

    @Provide
    Arbitrary<ProtocolFormat> formats() {
        return Arbitraries.longs().map(ProtocolFormatPropertiesTest::randomFormat);
    }

    static ProtocolFormat randomFormat(long seed) {
        Random r = new Random(seed);
        List<String> fields = new ArrayList<>();
        fields.add("{seq:" + (1 + r.nextInt(12)) + "}");
        switch (r.nextInt(6)) {
            case 1 -> fields.add("{yyyy}");
            case 2 -> fields.add("{yy}");
            case 3 -> fields.addAll(List.of("{yyyy}", "{MM}"));
            case 4 -> fields.addAll(List.of("{yy}", "{MM}", "{dd}"));
            case 5 -> fields.addAll(List.of("{yyyy}", "{MM}", "{dd}"));
            default -> { }
        }
        if (r.nextInt(4) == 0) {
            fields.add("{tenant:" + (1 + r.nextInt(5)) + "}");
        }
        if (r.nextInt(4) == 0) {
            fields.add("{type:" + (1 + r.nextInt(5)) + "}");
        }
        if (r.nextInt(4) == 0) {
            fields.add("{code:" + Long.toString(r.nextInt(1_000_000), 36) + "}");
        }
        Collections.shuffle(fields, r);
        String[] literals = {"", "", "-", "/", ".", " ", "X", "#", "OS-", "n."};
        StringBuilder pattern = new StringBuilder(literals[r.nextInt(literals.length)]);
        for (String field : fields) {
            pattern.append(field).append(literals[r.nextInt(literals.length)]);
        }
        String[] checks = {"", "{check}", "{check:mod11}"};
        pattern.append(checks[r.nextInt(checks.length)]);
        if (r.nextBoolean()) {
            pattern.insert(0, "{per-type}");
        }
        return ProtocolFormat.ofPattern(pattern.toString());
    }

    private static String code(Random r, ProtocolFormat f, String field) {
        String p = f.pattern();
        int at = p.indexOf("{" + field + ":");
        if (at < 0) {
            return "t" + r.nextInt(100);
        }
        int width = Integer.parseInt(p.substring(at + field.length() + 2, p.indexOf('}', at)));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < width; i++) {
            code.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.nextInt(36)));
        }
        return code.toString();
    }

    private static String mangle(Random r, String number) {
        StringBuilder typed = new StringBuilder();
        for (char c : number.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '-' && c != '.' && c != '/' && c != ' ' || r.nextBoolean()) {
                typed.append(c);
            }
            if (r.nextInt(5) == 0) {
                typed.append(" .-/".charAt(r.nextInt(4)));
            }
        }
        return typed.toString();
    }
}
