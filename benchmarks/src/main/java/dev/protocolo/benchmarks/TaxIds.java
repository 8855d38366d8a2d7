package dev.protocolo.benchmarks;

/** Valid CPFs made from a number, so synthetic customers pass the library's tax id check. */
final class TaxIds {
    private TaxIds() {
    }

    /** The CPF (11 digits, no punctuation) whose first nine digits are {@code n} modulo 10⁹, offset to avoid repeated digits. */
    static String cpf(long n) {
        long base = 100_000_000L + Math.floorMod(n * 7_919L + 12_345L, 800_000_000L);
        char[] d = new char[11];
        String s = Long.toString(base);
        for (int i = 0; i < 9; i++) {
            d[i] = s.charAt(i);
        }
        d[9] = check(d, 9);
        d[10] = check(d, 10);
        return new String(d);
    }

    private static char check(char[] d, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (d[i] - '0') * (length + 1 - i);
        }
        int r = sum % 11;
        return (char) ('0' + (r < 2 ? 0 : 11 - r));
    }
}
