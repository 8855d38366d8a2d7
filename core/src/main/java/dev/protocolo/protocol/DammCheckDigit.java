package dev.protocolo.protocol;

/**
 * Damm's algorithm over a totally anti-symmetric quasigroup of order 10. Letters are fed as their
 * two-digit value (A = 10 ... Z = 35): a letter stays checkable without a second table, at the cost
 * of the detection guarantee, which holds for digits.
 */
final class DammCheckDigit implements CheckDigit {
    // The table published by H. Michael Damm (2004); zero diagonal, so a valid number reduces to 0.
    private static final byte[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    @Override public String name() {
        return "damm";
    }

    @Override public char compute(CharSequence payload) {
        if (payload.length() == 0) {
            throw new IllegalArgumentException("empty payload");
        }
        int interim = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c >= '0' && c <= '9') {
                interim = TABLE[interim][c - '0'];
            } else if (c >= 'A' && c <= 'Z') {
                int v = c - 'A' + 10;
                interim = TABLE[TABLE[interim][v / 10]][v % 10];
            } else {
                throw new IllegalArgumentException("not a digit or A-Z at index " + i);
            }
        }
        return (char) ('0' + interim);
    }

    @Override public String toString() {
        return name();
    }
}
