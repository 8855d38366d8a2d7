package dev.protocolo.desk;

import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.memory.InMemoryProtocolSequence;
import dev.protocolo.memory.InMemoryStore;
import dev.protocolo.notification.NotificationPolicy;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.order.Team;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.ProtocolSequence;
import dev.protocolo.spi.UnitOfWork;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Configures a {@link ServiceDesk}. Sensible defaults: system clock in {@code America/Sao_Paulo}, the yearly
 * protocol format, the standard notification policy, one order type {@code general} with the standard
 * lifecycle when none is registered, and the Jakarta Validation provider found on the class path.
 * Storage must be given, or {@link #inMemory()} chosen. Not thread-safe; the built desk is.
 */
public final class ServiceDeskBuilder {
    private OrderStore store;
    private NotificationOutbox outbox;
    private UnitOfWork unitOfWork;
    private ProtocolSequence sequence;
    private Clock clock;
    private ZoneId zone = ZoneId.of("America/Sao_Paulo");
    private final Map<String, OrderType> types = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private ProtocolFormat defaultFormat = ProtocolFormat.yearly();
    private Validator validator;
    private NotificationPolicy policy = StandardNotificationPolicy.standard();
    private final List<OrderEventListener> listeners = new ArrayList<>();
    private int cacheCapacity;

    ServiceDeskBuilder() {
    }

    /** Keeps everything in memory ({@link InMemoryStore}, {@link InMemoryProtocolSequence}): tests and demos. */
    public ServiceDeskBuilder inMemory() {
        InMemoryStore memory = new InMemoryStore();
        return store(memory).outbox(memory).unitOfWork(memory).sequence(new InMemoryProtocolSequence());
    }

    public ServiceDeskBuilder store(OrderStore store) { this.store = Objects.requireNonNull(store); return this; }

    public ServiceDeskBuilder outbox(NotificationOutbox outbox) { this.outbox = Objects.requireNonNull(outbox); return this; }

    public ServiceDeskBuilder unitOfWork(UnitOfWork uow) { this.unitOfWork = Objects.requireNonNull(uow); return this; }

    public ServiceDeskBuilder sequence(ProtocolSequence sequence) { this.sequence = Objects.requireNonNull(sequence); return this; }

    /** The clock for every timestamp and deadline (default: system UTC clock). */
    public ServiceDeskBuilder clock(Clock clock) { this.clock = Objects.requireNonNull(clock); return this; }

    /** Zone for protocol dates and customer-facing times (default America/Sao_Paulo). */
    public ServiceDeskBuilder zone(ZoneId zone) { this.zone = Objects.requireNonNull(zone); return this; }

    /** Registers an order type; the first registered one is not special. */
    public ServiceDeskBuilder type(OrderType type) {
        if (types.putIfAbsent(type.code(), type) != null) {
            throw new DeskConfigurationException("order type '" + type.code() + "' registered twice");
        }
        return this;
    }

    /** Registers a team; once any team is registered, commands naming unknown teams are refused. */
    public ServiceDeskBuilder team(Team team) { teams.put(team.code(), team); return this; }

    /** Shortcut for {@code team(new Team(code, name))}. */
    public ServiceDeskBuilder team(String code, String name) { return team(new Team(code, name)); }

    /** Format for types that bring none (default {@link ProtocolFormat#yearly()}). */
    public ServiceDeskBuilder protocolFormat(ProtocolFormat format) { this.defaultFormat = Objects.requireNonNull(format); return this; }

    /** The Bean Validation validator for commands (default: the provider on the class path). */
    public ServiceDeskBuilder validator(Validator validator) { this.validator = Objects.requireNonNull(validator); return this; }

    public ServiceDeskBuilder notificationPolicy(NotificationPolicy policy) { this.policy = Objects.requireNonNull(policy); return this; }

    public ServiceDeskBuilder listener(OrderEventListener listener) { listeners.add(Objects.requireNonNull(listener)); return this; }

    /**
     * Keeps the last committed version of up to {@code capacity} orders, so a command whose {@link
     * dev.protocolo.order.OrderRef} names the version it acts on (as {@code OrderRef.of(order)} does) skips
     * reading the order: one round trip less per command on a database. Off (0) by default. Safe with many
     * nodes, because writes stay guarded by the version. Leave it off when the unit of work joins a host
     * transaction whose commit it cannot observe (a JDBC {@code ConnectionProvider}): a version the host then
     * rolls back would stay cached, so {@link #build()} refuses that combination.
     */
    public ServiceDeskBuilder orderCache(int capacity) {
        if (capacity < 0) {
            throw new DeskConfigurationException("orderCache capacity must not be negative, was " + capacity);
        }
        this.cacheCapacity = capacity;
        return this;
    }

    /** Builds the desk; refuses a configuration with missing ports or inconsistent types. */
    public ServiceDesk build() {
        require(store, "store");
        require(outbox, "outbox");
        require(unitOfWork, "unitOfWork");
        require(sequence, "sequence");
        Map<String, OrderType> allTypes = new LinkedHashMap<>(types);
        if (allTypes.isEmpty()) {
            allTypes.put("general", OrderType.builder("general").name("Atendimento geral").build());
        }
        for (OrderType t : allTypes.values()) {
            t.defaultTeam().ifPresent(team -> {
                if (!teams.isEmpty() && !teams.containsKey(team)) {
                    throw new DeskConfigurationException("order type '" + t.code() + "' has unknown default team '" + team + "'");
                }
            });
        }
        if (cacheCapacity > 0 && !unitOfWork.observesCommit()) {
            throw new DeskConfigurationException("orderCache needs a unit of work that observes its commits; this one "
                    + "joins host transactions whose commit it cannot see, so a rolled-back version could stay cached");
        }
        Set<ProtocolFormat> formats = new LinkedHashSet<>();
        formats.add(defaultFormat);
        allTypes.values().forEach(t -> t.protocolFormat().ifPresent(formats::add));
        return new ServiceDesk(new DeskConfig(store, outbox, unitOfWork, sequence,
                clock != null ? clock : Clock.systemUTC(), zone, Map.copyOf(allTypes), Map.copyOf(teams),
                defaultFormat, List.copyOf(formats), validator != null ? validator : defaultValidator(), policy,
                List.copyOf(listeners), cacheCapacity == 0 ? null : new OrderCache(cacheCapacity)));
    }

    private static void require(Object port, String name) {
        if (port == null) {
            throw new DeskConfigurationException("no " + name + " configured: call ." + name + "(...) or .inMemory()");
        }
    }

    private static Validator defaultValidator() {
        try {
            return Validation.buildDefaultValidatorFactory().getValidator();
        } catch (ValidationException e) {
            throw new DeskConfigurationException("no Jakarta Validation provider on the class path: add one "
                    + "(e.g. org.hibernate.validator:hibernate-validator) or pass .validator(...)");
        }
    }
}
