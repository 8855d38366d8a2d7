package dev.protocolo.customer;

import dev.protocolo.customer.InvalidTaxIdException.Rule;

/** The CPF and CNPJ rules. Messages never repeat the number: it is personal data. */
final class TaxIdRules {
    private TaxIdRules() {
    }

    record Problem(Rule rule, String message) {
    }

    /** Drops punctuation and upper-cases letters; any other character is kept so it can be reported. */
    static String normalize(String text) {
        StringBuilder v = new StringBuilder(14);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '-' || c == '/' || c == ' ') {
                continue;
            }
            v.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return v.toString();
    }

    /** The broken rule and its message, or {@code null} if {@code v} is a valid id of the expected kind. */
    static Problem problem(String v, TaxId.Kind expected) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return new Problem(Rule.INVALID_CHARACTER, "character '" + c + "' is not allowed in a CPF or CNPJ");
            }
        }
        boolean cpf = v.length() == 11;
        if ((expected == TaxId.Kind.CPF && !cpf) || (expected == TaxId.Kind.CNPJ && v.length() != 14)
                || (!cpf && v.length() != 14)) {
            String want = expected == null ? "11 (CPF) or 14 (CNPJ)" : expected == TaxId.Kind.CPF ? "11" : "14";
            return new Problem(Rule.WRONG_LENGTH, "must have " + want + " characters without punctuation, got " + v.length());
        }
        int base = cpf ? 9 : 12;
        for (int i = cpf ? 0 : base; i < v.length(); i++) {
            if (v.charAt(i) > '9') {
                return new Problem(Rule.INVALID_CHARACTER, cpf ? "a CPF has digits only" : "the CNPJ check digits must be digits");
            }
        }
        if (v.chars().limit(base).allMatch(c -> c == v.charAt(0))) {
            return new Problem(Rule.REPEATED_DIGITS, (cpf ? "CPF" : "CNPJ") + " made of one repeated character is never issued");
        }
        int maxWeight = cpf ? 11 : 9;
        if (v.charAt(base) != checkDigit(v, base, maxWeight) || v.charAt(base + 1) != checkDigit(v, base + 1, maxWeight)) {
            return new Problem(Rule.WRONG_CHECK_DIGIT, (cpf ? "CPF" : "CNPJ") + " check digits do not match");
        }
        return null;
    }

    /** Receita Federal's mod 11 over the first {@code length} characters, valued as ASCII minus 48. */
    static char checkDigit(CharSequence v, int length, int maxWeight) {
        int sum = 0;
        int weight = 2;
        for (int i = length - 1; i >= 0; i--) {
            sum += (v.charAt(i) - '0') * weight;
            weight = weight == maxWeight ? 2 : weight + 1;
        }
        int r = sum % 11;
        return (char) ('0' + (r < 2 ? 0 : 11 - r));
    }
}
