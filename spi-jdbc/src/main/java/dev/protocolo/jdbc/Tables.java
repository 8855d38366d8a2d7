package dev.protocolo.jdbc;

import java.util.regex.Pattern;

/** The table names of one storage, derived from its validated prefix. Immutable. */
record Tables(String prefix, String orders, String history, String sequences, String outbox, String schemaHistory) {
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

    static Tables of(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("table prefix must match [a-z][a-z0-9_]{0,20}, was '" + prefix + "'");
        }
        return new Tables(prefix, prefix + "orders", prefix + "history", prefix + "sequences", prefix + "outbox",
                prefix + "schema_history");
    }

    /** Deadline events already fired (migration V3). */
    String deadlineEvents() {
        return prefix + "deadline_events";
    }
}
