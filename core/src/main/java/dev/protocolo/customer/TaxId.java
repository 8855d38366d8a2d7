package dev.protocolo.customer;

import java.util.Objects;

/**
 * A Brazilian taxpayer id: CPF (people) or CNPJ (organisations, numeric or alphanumeric).
 * Immutable and thread-safe. {@link #toString()} never prints the full number.
 */
public final class TaxId {
    /** Which register the id belongs to. */
    public enum Kind { CPF, CNPJ }

    private final Kind kind;
    private final String value;

    private TaxId(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /** Parses a CPF or CNPJ typed with or without punctuation. */
    public static TaxId parse(String text) {
        Objects.requireNonNull(text, "taxId");
        String v = text.replaceAll("[\\s./-]", "").toUpperCase(java.util.Locale.ROOT);
        return new TaxId(v.length() == 11 ? Kind.CPF : Kind.CNPJ, v);
    }

    public Kind kind() { return kind; }

    /** The id without punctuation, e.g. {@code 12345678909}. */
    public String value() { return value; }

    @Override public boolean equals(Object o) {
        return o instanceof TaxId t && t.kind == kind && t.value.equals(value);
    }

    @Override public int hashCode() { return value.hashCode(); }

    @Override public String toString() { return kind + "(***)"; }
}
