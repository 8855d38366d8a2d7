package dev.protocolo.protocol;

import java.time.LocalDate;
import java.util.Locale;

/** Prints a number of a {@link ProtocolFormat}; the check digit is computed over the non-literal text. */
final class NumberWriter {
    private NumberWriter() {
    }

    static ProtocolNumber write(ProtocolFormat f, ProtocolContext ctx, long sequence) {
        long max = f.maxSequence();
        if (sequence < 1 || sequence > max) {
            throw new SequenceOutOfRangeException(f.seriesKey(ctx), sequence, max);
        }
        StringBuilder out = new StringBuilder(f.width + 8);
        StringBuilder payload = new StringBuilder(f.width);
        for (Part part : f.parts) {
            String text;
            if (part instanceof Part.Literal l) {
                text = l.text();
            } else if (part instanceof Part.DateField field) {
                text = dateField(field, ctx.date());
            } else if (part instanceof Part.Sequence s) {
                text = pad(Long.toString(sequence), s.digits());
            } else if (part instanceof Part.ContextCode c) {
                text = code(c, c.orderType() ? f.requireType(ctx) : ctx.tenant());
            } else if (part instanceof Part.FixedCode c) {
                text = c.value();
            } else {
                text = String.valueOf(((Part.Check) part).algorithm().compute(payload));
            }
            if (!(part instanceof Part.Literal)) {
                payload.append(text);
            }
            out.append(text);
        }
        return new ProtocolNumber(out.toString());
    }

    private static String dateField(Part.DateField f, LocalDate d) {
        return switch (f) {
            case YEAR -> {
                if (d.getYear() < 0 || d.getYear() > 9999) {
                    throw new ProtocolFormatException("year " + d.getYear() + " does not fit in 4 digits");
                }
                yield pad(Integer.toString(d.getYear()), 4);
            }
            case SHORT_YEAR -> {
                // Parsing reads yy as 20yy; refusing other centuries keeps format and parse inverse.
                if (d.getYear() < 2000 || d.getYear() > 2099) {
                    throw new ProtocolFormatException("year " + d.getYear() + " cannot be written as yy (2000-2099 only)");
                }
                yield pad(Integer.toString(d.getYear() - 2000), 2);
            }
            case MONTH -> pad(Integer.toString(d.getMonthValue()), 2);
            case DAY -> pad(Integer.toString(d.getDayOfMonth()), 2);
        };
    }

    private static String code(Part.ContextCode c, String value) {
        String up = value.toUpperCase(Locale.ROOT);
        if (up.length() != c.width() || !up.chars().allMatch(ch -> Part.isAlnum((char) ch))) {
            throw new ProtocolFormatException((c.orderType() ? "order type" : "tenant") + " code '" + value
                    + "' must be exactly " + c.width() + " letters or digits for " + c.token());
        }
        return up;
    }

    private static String pad(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
