package dev.protocolo.protocol;

/**
 * One piece of a format. Every part has a fixed width in significant characters (separators
 * excluded), which is what lets a typed number be cut into parts without a regular expression.
 */
sealed interface Part {

    /** Characters a person may type anywhere without meaning anything. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '\t';
    }

    static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /** Width in significant characters. */
    int width();

    /** The part as written in a pattern string. */
    String token();

    /** Fixed text, printed as written; only its non-separator characters must be typed back. */
    record Literal(String text, String significant) implements Part {
        static Literal of(String text) {
            StringBuilder sig = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isSeparator(c)) {
                    sig.append(upper(c));
                }
            }
            return new Literal(text, sig.toString());
        }

        @Override public int width() {
            return significant.length();
        }

        @Override public String token() {
            return text;
        }
    }

    /** A field of the opening date. */
    enum DateField implements Part {
        YEAR("yyyy", 4), SHORT_YEAR("yy", 2), MONTH("MM", 2), DAY("dd", 2);

        private final String name;
        private final int width;

        DateField(String name, int width) {
            this.name = name;
            this.width = width;
        }

        @Override public int width() {
            return width;
        }

        @Override public String token() {
            return "{" + name + "}";
        }
    }

    /** The zero-padded counter value. */
    record Sequence(int digits) implements Part {
        long max() {
            long max = 1;
            for (int i = 0; i < digits; i++) {
                max *= 10;
            }
            return max - 1;
        }

        @Override public int width() {
            return digits;
        }

        @Override public String token() {
            return "{seq:" + digits + "}";
        }
    }

    /** A code taken from the context: the tenant's or the order type's, exactly {@code width} letters or digits. */
    record ContextCode(boolean orderType, int width) implements Part {
        @Override public String token() {
            return "{" + (orderType ? "type" : "tenant") + ":" + width + "}";
        }
    }

    /** A code fixed for the whole format, such as an operator's registration number. */
    record FixedCode(String value) implements Part {
        @Override public int width() {
            return value.length();
        }

        @Override public String token() {
            return "{code:" + value + "}";
        }
    }

    /** The check digit over every non-literal part before it. */
    record Check(CheckDigit algorithm) implements Part {
        @Override public int width() {
            return 1;
        }

        @Override public String token() {
            return "{check:" + algorithm.name() + "}";
        }
    }
}
