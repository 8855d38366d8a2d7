package dev.protocolo.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.protocol.InvalidProtocolNumberException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtocolFormatTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private static final ProtocolContext ACME = new ProtocolContext("acme", "support", DAY);

    @Test void presetsPrintTheirDocumentedExamples() {
        assertEquals("2026000123-8", ProtocolFormat.yearly().format(ACME, 123).value());
        assertEquals("SUP-2026-000123-8", ProtocolFormat.prefixed("SUP").format(ACME, 123).value());
        assertEquals("12345620260315000042", ProtocolFormat.dailyForOperator("123456").format(ACME, 42).value());
        assertEquals("00001234", ProtocolFormat.plain(8).format(ACME, 1234).value());
    }

    @Test void builderAndPatternDescribeTheSameFormat() {
        ProtocolFormat built = ProtocolFormat.builder()
                .literal("SUP-").year().literal("-").sequence(6).literal("-").checkDigit(CheckDigit.DAMM).build();
        assertEquals(ProtocolFormat.ofPattern("SUP-{yyyy}-{seq:6}-{check}"), built);
        assertEquals(ProtocolFormat.prefixed("SUP"), built);
        assertEquals("SUP-{yyyy}-{seq:6}-{check:damm}", built.pattern());
        assertEquals(built, ProtocolFormat.ofPattern(built.pattern()));
    }

    @Test void seriesKeyFollowsTheDatePartsAndTheTypeWhenPerType() {
        assertEquals("acme|2026", ProtocolFormat.yearly().seriesKey(ACME));
        assertEquals("acme|2026-03-15", ProtocolFormat.dailyForOperator("123456").seriesKey(ACME));
        assertEquals("acme", ProtocolFormat.plain(8).seriesKey(ACME));
        assertEquals("acme|2026-03", ProtocolFormat.ofPattern("{yy}{MM}{seq:4}").seriesKey(ACME));
        assertEquals("acme|support|2026", ProtocolFormat.ofPattern("{per-type}SUP{yyyy}{seq:5}").seriesKey(ACME));
        assertEquals("acme|support|2026", ProtocolFormat.ofPattern("{type:7}{yyyy}{seq:5}").seriesKey(ACME));
        assertEquals("acme|2027", ProtocolFormat.yearly().seriesKey(new ProtocolContext("acme", null, LocalDate.of(2027, 1, 1))));
    }

    @Test void sequenceBeyondTheDigitsIsRefusedClearly() {
        ProtocolFormat f = ProtocolFormat.ofPattern("{yyyy}{seq:3}");
        assertEquals("2026999", f.format(ACME, 999).value());
        SequenceOutOfRangeException e = assertThrows(SequenceOutOfRangeException.class, () -> f.format(ACME, 1000));
        assertEquals(999, e.max());
        assertTrue(e.getMessage().contains("acme|2026"), e.getMessage());
        assertThrows(SequenceOutOfRangeException.class, () -> f.format(ACME, 0));
    }

    @Test void parsingIgnoresSeparatorsAndCase() {
        ProtocolFormat f = ProtocolFormat.prefixed("SUP");
        assertEquals("SUP-2026-000123-8", f.parse(" sup 2026.000123/8 ").value());
        assertEquals("SUP-2026-000123-8", f.parse("SUP20260001238").value());
        assertEquals("2026000123-8", ProtocolFormat.yearly().parse("2026 000 123 8").value());
    }

    @Test void parsePartsExposesSequenceDateAndCodes() {
        ParsedProtocol p = ProtocolFormat.dailyForOperator("123456").parseParts("123456 20260315 000042");
        assertEquals(42, p.sequence());
        assertEquals(DAY, p.date().orElseThrow());
        ParsedProtocol q = ProtocolFormat.ofPattern("{tenant:4}-{yy}-{seq:4}{check}").parseParts("acme-26-0007" + check("ACME260007"));
        assertEquals("ACME", q.tenantCode().orElseThrow());
        assertEquals(2026, q.year().getAsInt());
        assertTrue(q.date().isEmpty());
    }

    @Test void eachWrongInputHasItsOwnReason() {
        assertReason(Reason.WRONG_LENGTH, ProtocolFormat.yearly(), "2026000123");
        assertReason(Reason.WRONG_LENGTH, ProtocolFormat.yearly(), "");
        assertReason(Reason.WRONG_CHECK_DIGIT, ProtocolFormat.yearly(), "2026000123-7");
        assertReason(Reason.WRONG_CHECK_DIGIT, ProtocolFormat.yearly(), "2026001023-8");
        assertReason(Reason.INVALID_DATE, ProtocolFormat.dailyForOperator("123456"), "12345620260230000001");
        assertReason(Reason.INVALID_DATE, ProtocolFormat.ofPattern("{yyyy}{MM}{seq:3}"), "202613001");
        assertReason(Reason.LITERAL_MISMATCH, ProtocolFormat.prefixed("SUP"), "FIN-2026-000123-8");
        assertReason(Reason.LITERAL_MISMATCH, ProtocolFormat.dailyForOperator("123456"), "65432120260315000001");
        assertReason(Reason.UNEXPECTED_CHARACTER, ProtocolFormat.yearly(), "2026*00123-8");
        assertReason(Reason.UNEXPECTED_CHARACTER, ProtocolFormat.yearly(), "2026O00123-8");
    }

    @Test void checkDigitErrorSaysSo() {
        InvalidProtocolNumberException e = assertThrows(InvalidProtocolNumberException.class,
                () -> ProtocolFormat.yearly().parse("2026000123-7"));
        assertTrue(e.getMessage().startsWith("check digit does not match"), e.getMessage());
        assertEquals(11, e.position());
        assertFalse(ProtocolFormat.yearly().isValid(null));
    }

    @Test void malformedPatternsNameThePositionAndProblem() {
        assertPatternError("{yyyy}{seq:6", 6, "never closed");
        assertPatternError("{yyyy}}{seq:6}", 6, "without a matching");
        assertPatternError("AB{yyyy}{sq:6}", 8, "unknown field {sq:6}");
        assertPatternError("{yyyy}{seq}", 6, "needs an argument");
        assertPatternError("{yyyy}{seq:x}", 6, "not a width");
        assertPatternError("{yyyy}{seq:19}", 6, "1 to 18");
        assertPatternError("{seq:6}{check:luhn}", 7, "unknown check digit algorithm 'luhn'");
        assertPatternError("{seq:6}{yyyy}{yyyy}", 13, "appears twice");
        assertPatternError("{seq:6}{check}{yyyy}", 14, "check digit must come after");
        assertPatternError("{seq:6}{dd}", -1, "{dd} needs {MM}");
        assertPatternError("{yyyy}", -1, "needs a sequence");
        assertPatternError("", 0, "empty");
        assertPatternError("N\u00ba{seq:4}", 0, "not allowed");
    }

    @Test void contextThatDoesNotFitIsRefused() {
        ProtocolFormat f = ProtocolFormat.ofPattern("{tenant:3}{seq:4}");
        assertThrows(ProtocolFormatException.class, () -> f.format(ACME, 1));
        ProtocolFormat typed = ProtocolFormat.ofPattern("{per-type}{seq:4}");
        assertThrows(ProtocolFormatException.class, () -> typed.seriesKey(new ProtocolContext("acme", null, DAY)));
    }

    private static char check(String payload) {
        return CheckDigit.DAMM.compute(payload);
    }

    private static void assertReason(Reason reason, ProtocolFormat f, String typed) {
        InvalidProtocolNumberException e = assertThrows(InvalidProtocolNumberException.class, () -> f.parse(typed));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static void assertPatternError(String pattern, int position, String problem) {
        ProtocolFormatException e = assertThrows(ProtocolFormatException.class, () -> ProtocolFormat.ofPattern(pattern));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
