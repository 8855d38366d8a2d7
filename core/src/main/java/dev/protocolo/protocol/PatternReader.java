package dev.protocolo.protocol;

import java.util.Objects;

/** Reads the compact pattern syntax described on {@link ProtocolFormat}, once, at configuration time. */
final class PatternReader {
    private static final String FIELDS = "yyyy, yy, MM, dd, seq:N, tenant:N, type:N, code:VALUE, check, check:damm, "
            + "check:mod11, per-type";

    private PatternReader() {
    }

    static ProtocolFormat read(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        ProtocolFormat.Builder b = ProtocolFormat.builder().readingPattern(pattern);
        if (pattern.isEmpty()) {
            throw new ProtocolFormatException(pattern, 0, "the pattern is empty");
        }
        int literalStart = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '}') {
                throw new ProtocolFormatException(pattern, i, "'}' without a matching '{'");
            }
            if (c != '{') {
                i++;
                continue;
            }
            if (literalStart < i) {
                b.at(literalStart).literal(pattern.substring(literalStart, i));
            }
            int close = pattern.indexOf('}', i);
            int reopen = pattern.indexOf('{', i + 1);
            if (close < 0 || (reopen >= 0 && reopen < close)) {
                throw new ProtocolFormatException(pattern, i, "'{' is never closed");
            }
            field(b.at(i), pattern.substring(i + 1, close));
            i = close + 1;
            literalStart = i;
        }
        if (literalStart < pattern.length()) {
            b.at(literalStart).literal(pattern.substring(literalStart));
        }
        return b.build();
    }

    private static void field(ProtocolFormat.Builder b, String field) {
        int colon = field.indexOf(':');
        String name = colon < 0 ? field : field.substring(0, colon);
        String arg = colon < 0 ? null : field.substring(colon + 1);
        boolean plain = switch (name) {
            case "yyyy", "yy", "MM", "dd", "per-type" -> true;
            default -> false;
        };
        if (arg != null && plain) {
            throw b.fail("{" + name + "} takes no argument");
        }
        switch (name) {
            case "yyyy" -> b.year();
            case "yy" -> b.shortYear();
            case "MM" -> b.month();
            case "dd" -> b.day();
            case "seq" -> b.sequence(number(b, name, arg));
            case "tenant" -> b.tenantCode(number(b, name, arg));
            case "type" -> b.orderTypeCode(number(b, name, arg));
            case "code" -> b.code(required(b, name, arg));
            case "check" -> b.checkDigit(arg == null ? CheckDigit.DAMM : algorithm(b, arg));
            case "per-type" -> b.perOrderType();
            default -> throw b.fail("unknown field {" + field + "}, expected one of " + FIELDS);
        }
    }

    private static String required(ProtocolFormat.Builder b, String name, String arg) {
        if (arg == null || arg.isEmpty()) {
            throw b.fail("{" + name + "} needs an argument, e.g. {" + name + (name.equals("code") ? ":123456}" : ":6}"));
        }
        return arg;
    }

    private static int number(ProtocolFormat.Builder b, String name, String arg) {
        String digits = required(b, name, arg);
        if (digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw b.fail("{" + name + ":" + digits + "}: '" + digits + "' is not a width");
        }
        return Integer.parseInt(digits);
    }

    private static CheckDigit algorithm(ProtocolFormat.Builder b, String name) {
        try {
            return CheckDigit.named(name);
        } catch (ProtocolFormatException e) {
            throw b.fail(e.getMessage());
        }
    }
}
