package dev.protocolo.protocol;

/** Modulus 11 with weights 2..9 from the right; see {@link CheckDigit#MOD11}. */
final class Mod11CheckDigit implements CheckDigit {

    @Override public String name() {
        return "mod11";
    }

    @Override public char compute(CharSequence payload) {
        if (payload.length() == 0) {
            throw new IllegalArgumentException("empty payload");
        }
        int sum = 0;
        int weight = 2;
        for (int i = payload.length() - 1; i >= 0; i--) {
            char c = payload.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("not a digit or A-Z at index " + i);
            }
            // ASCII minus 48 is the Receita Federal convention for alphanumeric CNPJ.
            sum += (c - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return (char) ('0' + (remainder < 2 ? 0 : 11 - remainder));
    }

    @Override public String toString() {
        return name();
    }
}
