package dev.protocolo.retention;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each order type keeps the full record after the order was finished (closed, cancelled, or resolved
 * and never closed), e.g. two years. Types without a period, and no default, are never anonymized.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
public final class RetentionPolicy {
    private final Map<String, Period> byType;
    private final Period otherwise;

    private RetentionPolicy(Builder b) {
        this.byType = Map.copyOf(b.byType);
        this.otherwise = b.otherwise;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The period for {@code type}, or empty when its orders are kept forever. */
    public Optional<Period> periodFor(String type) {
        return Optional.ofNullable(byType.getOrDefault(type, otherwise));
    }

    @Override
    public String toString() {
        return "RetentionPolicy" + byType + (otherwise == null ? "" : " otherwise " + otherwise);
    }

    /** Builds a {@link RetentionPolicy}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Period> byType = new HashMap<>();
        private Period otherwise;

        private Builder() {
        }

        /** Orders of {@code type} keep their full record for {@code period} after they are finished. */
        public Builder keep(String type, Period period) {
            byType.put(Objects.requireNonNull(type, "type"), positive(period));
            return this;
        }

        /** The period for every type not named with {@link #keep}. */
        public Builder keepOthers(Period period) {
            otherwise = positive(period);
            return this;
        }

        public RetentionPolicy build() {
            return new RetentionPolicy(this);
        }

        private static Period positive(Period p) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period must be positive, got " + p);
            }
            return p;
        }
    }
}
