package dev.protocolo.customer;

import dev.protocolo.ProtocoloException;

/**
 * A CPF or CNPJ was refused. The message names the field and the rule, never the number itself
 * (it is personal data under the LGPD). Immutable.
 */
public final class InvalidTaxIdException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    /** The rule the input broke. */
    public enum Rule {
        /** Not 11 (CPF) or 14 (CNPJ) characters once punctuation is removed. */
        WRONG_LENGTH,
        /** A character other than digits, A-Z and the punctuation . - / and space; or a letter where only digits go. */
        INVALID_CHARACTER,
        /** Every base character the same, such as 111.111.111-11: well-formed but never issued. */
        REPEATED_DIGITS,
        /** The two mod-11 check digits do not match the rest. */
        WRONG_CHECK_DIGIT
    }

    private final String field;
    private final Rule rule;

    InvalidTaxIdException(String field, Rule rule, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.rule = rule;
    }

    /** The field that held the value, {@code taxId} unless the caller named another. */
    public String field() {
        return field;
    }

    /** The rule that failed. */
    public Rule rule() {
        return rule;
    }
}
