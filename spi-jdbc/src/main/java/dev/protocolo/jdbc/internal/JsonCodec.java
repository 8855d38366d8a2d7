package dev.protocolo.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON subset the JDBC adapter stores in text columns: an object of string values
 * ({@code Map<String, String>}) or an array of strings. Public only because it is shared between
 * packages of the adapter; not part of the API. Stateless and thread-safe.
 *
 * <p>Writing escapes quotes, backslashes, every control character, U+2028/U+2029 and unpaired
 * surrogates, so any Java string survives a trip through a UTF-8 database column unchanged. Keys are
 * written in sorted order, so equal maps give equal text.
 */
public final class JsonCodec {
    private JsonCodec() {
    }

    /** Writes a map as a JSON object. */
    public static String writeMap(Map<String, String> map) {
        StringBuilder sb = new StringBuilder(16 + map.size() * 24).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(sb, e.getKey());
            sb.append(':');
            writeString(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    /** Writes strings as a JSON array, in the given order. */
    public static String writeList(Iterable<String> values) {
        StringBuilder sb = new StringBuilder().append('[');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(sb, v);
        }
        return sb.append(']').toString();
    }

    /** Reads a JSON object of string values; {@code null} or blank text gives an empty map. */
    public static Map<String, String> readMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Reader r = new Reader(json);
        Map<String, String> map = new TreeMap<>();
        r.expect('{');
        if (!r.consumeIf('}')) {
            do {
                String key = r.string();
                r.expect(':');
                String value = r.string();
                if (map.put(key, value) != null) {
                    throw r.error("duplicate key \"" + key + "\"");
                }
            } while (r.consumeIf(','));
            r.expect('}');
        }
        r.end();
        return map;
    }

    /** Reads a JSON array of strings; {@code null} or blank text gives an empty list. */
    public static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        Reader r = new Reader(json);
        List<String> list = new ArrayList<>();
        r.expect('[');
        if (!r.consumeIf(']')) {
            do {
                list.add(r.string());
            } while (r.consumeIf(','));
            r.expect(']');
        }
        r.end();
        return list;
    }

    private static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        unicodeEscape(sb, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            // an unpaired surrogate cannot be encoded as UTF-8; the escape keeps it exactly
                            unicodeEscape(sb, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicodeEscape(sb, c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    /** A strict reader over one JSON text. */
    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\n' || s.charAt(pos) == '\r'
                    || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        void expect(char c) {
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        boolean consumeIf(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void end() {
            skipSpace();
            if (pos != s.length()) {
                throw error("unexpected text after the value");
            }
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("short unicode escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape '\\" + e + "'");
                }
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("malformed JSON at " + pos + ": " + what);
        }
    }
}
