package dev.protocolo.protocol;

import dev.protocolo.protocol.InvalidProtocolNumberException.Reason;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Parses typed text against a {@link ProtocolFormat}. Every part has a fixed width, so after
 * dropping separators the text is cut at precomputed offsets: one pass, no regular expressions.
 * A successful parse proves the text is well formed, never that the caller may see the order.
 */
final class NumberReader {
    private NumberReader() {
    }

    static ParsedProtocol read(ProtocolFormat f, String typed) {
        Objects.requireNonNull(typed, "typed");
        int n = typed.length();
        char[] sig = new char[n];
        int[] at = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = typed.charAt(i);
            if (Part.isSeparator(c)) {
                continue;
            }
            char u = Part.upper(c);
            if (!Part.isAlnum(u) && !(u < 128 && f.literalSymbols[u])) {
                throw fail(Reason.UNEXPECTED_CHARACTER, i, "character '" + c + "' at position " + i
                        + " cannot appear in a protocol number");
            }
            sig[len] = u;
            at[len++] = i;
        }
        if (len != f.width) {
            throw fail(Reason.WRONG_LENGTH, -1, "a protocol number of format " + f.pattern() + " has " + f.width
                    + " digits or letters (separators aside), got " + len);
        }
        long sequence = 0;
        int year = -1;
        int month = -1;
        int day = -1;
        String tenant = null;
        String type = null;
        StringBuilder canonical = new StringBuilder(n + 4);
        for (int k = 0; k < f.parts.length; k++) {
            Part part = f.parts[k];
            int off = f.offsets[k];
            int w = part.width();
            if (part instanceof Part.Literal l) {
                expect(sig, at, off, l.significant(), "'" + l.text() + "'");
                canonical.append(l.text());
                continue;
            }
            if (part instanceof Part.FixedCode c) {
                expect(sig, at, off, c.value(), "code " + c.value());
            } else if (part instanceof Part.ContextCode c) {
                // Alphanumeric is already guaranteed unless a literal symbol slipped in here.
                for (int j = off; j < off + w; j++) {
                    if (!Part.isAlnum(sig[j])) {
                        throw fail(Reason.UNEXPECTED_CHARACTER, at[j], "expected a letter or digit at position " + at[j]);
                    }
                }
                if (c.orderType()) {
                    type = new String(sig, off, w);
                } else {
                    tenant = new String(sig, off, w);
                }
            } else if (!(part instanceof Part.Check)) {
                long v = digits(sig, at, off, w);
                if (part instanceof Part.Sequence) {
                    sequence = v;
                } else if (part == Part.DateField.YEAR) {
                    year = (int) v;
                } else if (part == Part.DateField.SHORT_YEAR) {
                    year = 2000 + (int) v;
                } else if (part == Part.DateField.MONTH) {
                    month = (int) v;
                } else {
                    day = (int) v;
                }
            } else {
                digits(sig, at, off, 1);
            }
            canonical.append(sig, off, w);
        }
        checkDate(year, month, day, at[0]);
        checkDigit(f, sig, at);
        return new ParsedProtocol(new ProtocolNumber(canonical.toString()), sequence, year, month, day, tenant, type);
    }

    private static void checkDate(int year, int month, int day, int position) {
        if (month == -1) {
            return;
        }
        if (month < 1 || month > 12 || (day != -1 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()))) {
            String date = day == -1 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
            throw fail(Reason.INVALID_DATE, position, "the date " + date + " does not exist");
        }
    }

    private static void checkDigit(ProtocolFormat f, char[] sig, int[] at) {
        for (int k = 0; k < f.parts.length; k++) {
            if (f.parts[k] instanceof Part.Check c) {
                StringBuilder payload = new StringBuilder(f.offsets[k]);
                for (int j = 0; j < k; j++) {
                    if (!(f.parts[j] instanceof Part.Literal)) {
                        payload.append(sig, f.offsets[j], f.parts[j].width());
                    }
                }
                int off = f.offsets[k];
                if (c.algorithm().compute(payload) != sig[off]) {
                    throw fail(Reason.WRONG_CHECK_DIGIT, at[off], "check digit does not match: the number was mistyped");
                }
            }
        }
    }

    private static void expect(char[] sig, int[] at, int off, String expected, String what) {
        for (int j = 0; j < expected.length(); j++) {
            if (sig[off + j] != expected.charAt(j)) {
                throw fail(Reason.LITERAL_MISMATCH, at[off + j], "expected " + what + " at position " + at[off]);
            }
        }
    }

    private static long digits(char[] sig, int[] at, int off, int w) {
        long v = 0;
        for (int j = off; j < off + w; j++) {
            char c = sig[j];
            if (c < '0' || c > '9') {
                throw fail(Reason.UNEXPECTED_CHARACTER, at[j], "expected a digit at position " + at[j] + ", found '" + c + "'");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static InvalidProtocolNumberException fail(Reason reason, int position, String message) {
        return new InvalidProtocolNumberException(reason, position, message);
    }
}
