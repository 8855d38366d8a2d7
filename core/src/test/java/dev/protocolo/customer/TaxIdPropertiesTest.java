package dev.protocolo.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated CPF and CNPJ against an oracle written from Receita Federal's published weight tables,
 * independent of the production code's cycling-weight loop.
 */
class TaxIdPropertiesTest {
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] CNPJ_W1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_W2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    @Property(tries = 1000)
    void everyGeneratedTaxIdIsAcceptedInEveryTypedForm(@ForAll("taxIds") String id) {
        TaxId parsed = TaxId.parse(id);
        assertEquals(id, parsed.value());
        assertEquals(parsed, TaxId.parse(parsed.format()));
        assertEquals(parsed, TaxId.parse(parsed.format().toLowerCase(Locale.ROOT)));
        assertFalse(parsed.toString().contains(id));
    }

    @Property(tries = 300)
    void everySingleCharacterChangeIsRefusedUnlessTheOfficialRuleItselfAcceptsIt(@ForAll("taxIds") String id) {
        int base = id.length() == 11 ? 9 : 12;
        String alphabet = id.length() == 11 ? "0123456789" : ALNUM;
        for (int i = 0; i < id.length(); i++) {
            String chars = i < base ? alphabet : "0123456789";
            for (char c : chars.toCharArray()) {
                if (c == id.charAt(i)) {
                    continue;
                }
                String changed = id.substring(0, i) + c + id.substring(i + 1);
                if (i >= base) {
                    assertFalse(TaxId.isValid(changed), "a changed check digit must always be refused");
                } else {
                    // Single changes the official rule cannot see exist (see TaxId); the code must agree with the rule exactly.
                    assertEquals(oracle(changed), TaxId.isValid(changed), changed);
                }
            }
        }
    }

    @Property(tries = 300)
    void numericChangesSlipThroughOnlyViaTheZeroOrOneRemainder(@ForAll("numericTaxIds") String id) {
        int base = id.length() == 11 ? 9 : 12;
        boolean collapsible = remainder(id, base) < 2 || remainder(id, base + 1) < 2;
        for (int i = 0; i < base; i++) {
            for (char c = '0'; c <= '9'; c++) {
                String changed = id.substring(0, i) + c + id.substring(i + 1);
                if (c != id.charAt(i) && !collapsible) {
                    assertFalse(TaxId.isValid(changed), changed);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> taxIds() {
        return Arbitraries.oneOf(cpfs(), cnpjs("0123456789"), cnpjs(ALNUM));
    }

    @Provide
    Arbitrary<String> numericTaxIds() {
        return Arbitraries.oneOf(cpfs(), cnpjs("0123456789"));
    }

    private static Arbitrary<String> cpfs() {
        return Arbitraries.strings().withChars("0123456789").ofLength(9)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> withChecks(b));
    }

    private static Arbitrary<String> cnpjs(String alphabet) {
        return Arbitraries.strings().withChars(alphabet).ofLength(12)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> withChecks(b));
    }

    private static String withChecks(String base) {
        String one = base + digit(base);
        return one + digit(one);
    }

    private static boolean oracle(String id) {
        int base = id.length() == 11 ? 9 : 12;
        String b = id.substring(0, base);
        return b.chars().distinct().count() > 1 && withChecks(b).equals(id);
    }

    private static char digit(String s) {
        int r = sum(s) % 11;
        return (char) ('0' + (r < 2 ? 0 : 11 - r));
    }

    private static int remainder(String id, int length) {
        return sum(id.substring(0, length)) % 11;
    }

    private static int sum(String s) {
        int sum = 0;
        if (s.length() == 9 || s.length() == 10) {
            // CPF: weights 10..2 for the first digit, 11..2 for the second.
            for (int i = 0; i < s.length(); i++) {
                sum += (s.charAt(i) - '0') * (s.length() + 1 - i);
            }
        } else {
            int[] w = s.length() == 12 ? CNPJ_W1 : CNPJ_W2;
            for (int i = 0; i < s.length(); i++) {
                sum += (s.charAt(i) - 48) * w[i];
            }
        }
        return sum;
    }
}
