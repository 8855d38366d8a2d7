package dev.protocolo.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * An algorithm that computes one check character over a payload, so a number read over the phone or
 * typed from paper can be verified before anything is looked up. Implementations are immutable and
 * thread-safe.
 *
 * <p>The payload is made of ASCII digits and upper-case letters {@code A-Z} (letters appear only when
 * a format carries alphanumeric codes). The result is always a digit {@code 0-9}, so a checked number
 * stays readable as "digits, then one more digit".
 *
 * <p>Two algorithms are provided:
 * <ul>
 *   <li>{@link #DAMM} (the default): detects every single-character substitution and every adjacent
 *       transposition of digits. It is chosen over Luhn (misses {@code 09 <-> 90}), over Verhoeff
 *       (same guarantees, but two tables and a permutation to get right) and over ISO 7064 MOD 97-10
 *       (same guarantees, but two check digits). Damm needs one 10x10 table, gives one decimal digit
 *       with no {@code X}, and the whole number, check digit included, reduces to zero when valid.
 *   <li>{@link #MOD11}: weights 2..9 cycling from the right, remainder below 2 gives 0, otherwise
 *       11 minus the remainder — the rule of CPF, CNPJ and many Brazilian legacy systems. Offered for
 *       compatibility: because remainders 0 and 1 both give 0, some substitutions go undetected.
 * </ul>
 */
public interface CheckDigit {

    /** Damm's quasigroup algorithm; the recommended choice. Name {@code damm}. */
    CheckDigit DAMM = new DammCheckDigit();

    /** Brazilian-style modulus 11, weights 2..9; letters count as their ASCII code minus 48. Name {@code mod11}. */
    CheckDigit MOD11 = new Mod11CheckDigit();

    /** The short name used in patterns, e.g. {@code {check:damm}}. */
    String name();

    /**
     * Computes the check digit of {@code payload}.
     *
     * @throws IllegalArgumentException if the payload is empty or holds a character other than 0-9, A-Z
     */
    char compute(CharSequence payload);

    /** Whether the last character of {@code checked} is the check digit of the characters before it. */
    default boolean isValid(CharSequence checked) {
        Objects.requireNonNull(checked, "checked");
        int n = checked.length();
        if (n < 2) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = checked.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return compute(checked.subSequence(0, n - 1)) == checked.charAt(n - 1);
    }

    /**
     * Looks an algorithm up by its {@link #name()}, ignoring case.
     *
     * @throws ProtocolFormatException if no algorithm has that name
     */
    static CheckDigit named(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "damm" -> DAMM;
            case "mod11" -> MOD11;
            default -> throw new ProtocolFormatException(
                    "unknown check digit algorithm '" + name + "', expected damm or mod11");
        };
    }
}
