package dev.protocolo.customer;

import java.util.Objects;

/**
 * A Brazilian taxpayer id: CPF (people) or CNPJ (organisations), numeric or in the alphanumeric form
 * Receita Federal issues from July 2026. Immutable and thread-safe.
 *
 * <p>Both use two mod-11 check digits: each character counts as its ASCII code minus 48 (so digits
 * keep their value and {@code A} is 17), weights run from 2 at the right (CPF up to 11, CNPJ cycling
 * 2..9), and a remainder below 2 gives 0, otherwise 11 minus the remainder. This rule is fixed by
 * Receita Federal; it catches most typing errors but not all: because remainders 0 and 1 both give
 * digit 0, a few single-digit changes yield another valid number (443.635.752-04 and 543.635.752-04
 * are both valid), and in alphanumeric CNPJ characters whose values differ by a multiple of 11
 * ({@code 7} and {@code B}) are interchangeable. Confirm a tax id with the customer; do not treat
 * "valid" as "theirs".
 *
 * <p>{@link #toString()} prints the {@link #masked()} form only, so logging a customer never leaks the
 * number (LGPD). Use {@link #value()} or {@link #format()} when the full number is really needed.
 */
public final class TaxId {
    /** Which register the id belongs to. */
    public enum Kind { CPF, CNPJ }

    private static final String FIELD = "taxId";

    private final Kind kind;
    private final String value;

    private TaxId(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Parses a CPF or CNPJ typed with or without punctuation ({@code . - /} and spaces) and in any
     * letter case; the length tells which one it is.
     *
     * @throws InvalidTaxIdException naming the rule that failed
     */
    public static TaxId parse(String text) {
        return parse(text, null);
    }

    /** Parses a CPF, refusing a CNPJ. */
    public static TaxId cpf(String text) {
        return parse(text, Kind.CPF);
    }

    /** Parses a CNPJ (numeric or alphanumeric), refusing a CPF. */
    public static TaxId cnpj(String text) {
        return parse(text, Kind.CNPJ);
    }

    /** Whether {@link #parse} would accept {@code text}; {@code null} is not valid. */
    public static boolean isValid(String text) {
        return text != null && TaxIdRules.problem(TaxIdRules.normalize(text), null) == null;
    }

    private static TaxId parse(String text, Kind expected) {
        Objects.requireNonNull(text, FIELD);
        String v = TaxIdRules.normalize(text);
        TaxIdRules.Problem problem = TaxIdRules.problem(v, expected);
        if (problem != null) {
            throw new InvalidTaxIdException(FIELD, problem.rule(), problem.message());
        }
        return new TaxId(v.length() == 11 ? Kind.CPF : Kind.CNPJ, v);
    }

    /** Whether this is a CPF or a CNPJ. */
    public Kind kind() {
        return kind;
    }

    /** The id without punctuation, letters upper case, e.g. {@code 52998224725}. */
    public String value() {
        return value;
    }

    /** The canonical printed form: {@code 529.982.247-25} or {@code 12.ABC.345/01DE-35}. */
    public String format() {
        return kind == Kind.CPF
                ? value.substring(0, 3) + "." + value.substring(3, 6) + "." + value.substring(6, 9) + "-" + value.substring(9)
                : value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8) + "/"
                        + value.substring(8, 12) + "-" + value.substring(12);
    }

    /** For logs and screens: only the middle shows, e.g. {@code ***.982.247-**} or {@code **.ABC.345/****-**}. */
    public String masked() {
        return kind == Kind.CPF
                ? "***." + value.substring(3, 6) + "." + value.substring(6, 9) + "-**"
                : "**." + value.substring(2, 5) + "." + value.substring(5, 8) + "/****-**";
    }

    @Override public boolean equals(Object o) {
        return o instanceof TaxId t && t.kind == kind && t.value.equals(value);
    }

    @Override public int hashCode() {
        return value.hashCode();
    }

    @Override public String toString() {
        return kind + " " + masked();
    }
}
