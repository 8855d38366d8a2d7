package dev.protocolo.export;

/**
 * A minimal JSON writer: objects, arrays, strings, numbers and null, with every string escaped (quotes,
 * backslash, control characters, and {@code < > &} plus U+2028/U+2029 so the output is also safe inside an
 * HTML script block). Not thread-safe; one per document.
 */
final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json open(char bracket) {
        separator();
        out.append(bracket);
        first = true;
        return this;
    }

    Json close(char bracket) {
        out.append(bracket);
        first = false;
        return this;
    }

    Json key(String name) {
        separator();
        string(name);
        out.append(':');
        first = true;
        return this;
    }

    Json field(String name, String value) {
        key(name);
        first = false;
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    Json number(String name, long value) {
        key(name);
        first = false;
        out.append(value);
        return this;
    }

    private void separator() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
