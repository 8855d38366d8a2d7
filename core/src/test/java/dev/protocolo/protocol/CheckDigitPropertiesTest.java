package dev.protocolo.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The detection guarantees claimed for Damm, checked over random numbers rather than examples. */
class CheckDigitPropertiesTest {

    @Property(tries = 2000)
    void dammDetectsEverySingleDigitSubstitution(@ForAll @NumericChars @StringLength(min = 1, max = 24) String payload) {
        String valid = payload + CheckDigit.DAMM.compute(payload);
        assertTrue(CheckDigit.DAMM.isValid(valid));
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String wrong = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertFalse(CheckDigit.DAMM.isValid(wrong), wrong);
                }
            }
        }
    }

    @Property(tries = 2000)
    void dammDetectsEveryAdjacentTransposition(@ForAll @NumericChars @StringLength(min = 1, max = 24) String payload) {
        String valid = payload + CheckDigit.DAMM.compute(payload);
        for (int i = 0; i + 1 < valid.length(); i++) {
            if (valid.charAt(i) != valid.charAt(i + 1)) {
                String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                assertFalse(CheckDigit.DAMM.isValid(swapped), swapped);
            }
        }
    }

    @Property(tries = 500)
    void everyTypedSubstitutionOrSwapOfAYearlyNumberIsRefused(@ForAll("sequences") long sequence) {
        ProtocolFormat f = ProtocolFormat.yearly();
        String valid = f.format(new ProtocolContext("t", null, LocalDate.of(2026, 5, 4)), sequence).value();
        String digits = valid.replace("-", "");
        for (int i = 0; i < digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    assertFalse(f.isValid(digits.substring(0, i) + d + digits.substring(i + 1)));
                }
            }
            if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                assertFalse(f.isValid(digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2)));
            }
        }
    }

    @Provide
    Arbitrary<Long> sequences() {
        return Arbitraries.longs().between(1, 999_999);
    }
}
