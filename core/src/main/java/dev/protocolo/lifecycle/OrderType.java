package dev.protocolo.lifecycle;

import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.sla.SlaPolicy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of order ("tipo de atendimento"): technical support, billing, consulting… It selects the
 * lifecycle, the required custom attributes, the default team, the protocol format, the SLA policy, the
 * reopen window and the automatic-close delay. Immutable and thread-safe; build with {@link #builder(String)}.
 */
public final class OrderType {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    private final String code;
    private final String name;
    private final Lifecycle lifecycle;
    private final Set<String> requiredAttributes;
    private final String defaultTeam;
    private final Duration reopenWindow;
    private final Duration autoCloseAfter;
    private final ProtocolFormat protocolFormat;
    private final SlaPolicy sla;

    private OrderType(Builder b) {
        this.code = b.code;
        this.name = b.name == null ? b.code : b.name;
        this.lifecycle = b.lifecycle;
        this.requiredAttributes = Set.copyOf(b.requiredAttributes);
        this.defaultTeam = b.defaultTeam;
        this.reopenWindow = b.reopenWindow;
        this.autoCloseAfter = b.autoCloseAfter;
        this.protocolFormat = b.protocolFormat;
        this.sla = b.sla;
    }

    /** Starts a type with the given code (lower-case letters, digits, {@code _} and {@code -}). */
    public static Builder builder(String code) {
        return new Builder(code);
    }

    public String code() { return code; }

    /** Name for people. */
    public String name() { return name; }

    public Lifecycle lifecycle() { return lifecycle; }

    /** Custom attributes every order of this type must carry when opened. */
    public Set<String> requiredAttributes() { return requiredAttributes; }

    /** The team new orders go to when the open command names none. */
    public Optional<String> defaultTeam() { return Optional.ofNullable(defaultTeam); }

    /** How long after closing an order may still be reopened. */
    public Duration reopenWindow() { return reopenWindow; }

    /** After how long without reaction a resolved order is closed automatically, if at all. */
    public Optional<Duration> autoCloseAfter() { return Optional.ofNullable(autoCloseAfter); }

    /** The protocol format of this type, or empty to use the desk's default. */
    public Optional<ProtocolFormat> protocolFormat() { return Optional.ofNullable(protocolFormat); }

    /** Deadlines for orders of this type, or empty for none. */
    public Optional<SlaPolicy> sla() { return Optional.ofNullable(sla); }

    @Override
    public String toString() {
        return "OrderType[" + code + "]";
    }

    /** Builds an {@link OrderType}; not thread-safe. */
    public static final class Builder {
        private final String code;
        private String name;
        private Lifecycle lifecycle = Lifecycle.standard();
        private final Set<String> requiredAttributes = new LinkedHashSet<>();
        private String defaultTeam;
        private Duration reopenWindow = Duration.ofDays(7);
        private Duration autoCloseAfter;
        private ProtocolFormat protocolFormat;
        private SlaPolicy sla;

        private Builder(String code) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw new InvalidLifecycleException("order type code '" + code + "' must match " + CODE.pattern());
            }
            this.code = code;
        }

        public Builder name(String name) { this.name = name; return this; }

        public Builder lifecycle(Lifecycle lifecycle) { this.lifecycle = Objects.requireNonNull(lifecycle); return this; }

        public Builder requireAttributes(String... names) { requiredAttributes.addAll(Set.of(names)); return this; }

        public Builder defaultTeam(String team) { this.defaultTeam = team; return this; }

        /** Closed orders may be reopened within this window (default 7 days). */
        public Builder reopenWindow(Duration window) {
            if (window.isNegative()) {
                throw new InvalidLifecycleException("order type '" + code + "': reopenWindow must not be negative");
            }
            this.reopenWindow = window;
            return this;
        }

        /** Resolved orders with no reaction for this long are closed by the deadline watcher. */
        public Builder autoCloseAfter(Duration delay) { this.autoCloseAfter = delay; return this; }

        public Builder protocolFormat(ProtocolFormat format) { this.protocolFormat = format; return this; }

        /** First-response and resolution targets, counted on the policy's business calendar. */
        public Builder sla(SlaPolicy policy) { this.sla = policy; return this; }

        public OrderType build() {
            return new OrderType(this);
        }
    }
}
