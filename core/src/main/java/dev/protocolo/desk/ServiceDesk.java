package dev.protocolo.desk;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Cancel;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.OrderCommand;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.RecordContactAttempt;
import dev.protocolo.command.Reopen;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.internal.OrderEvolution;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.notification.Notification;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Team;
import dev.protocolo.protocol.InvalidProtocolNumberException;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The facade a host application uses: opens orders, applies commands, finds orders and their history.
 *
 * <p>Every command runs in one unit of work: the order is saved with an optimistic version check, one
 * history entry is appended and the notifications the policy asks for are put in the outbox — all or
 * nothing. A refused command (invalid, not allowed from the current status, stale version) throws a
 * {@link dev.protocolo.ProtocoloException} subclass and changes nothing. Listeners hear of each step after
 * commit.
 *
 * <p>Lookups here are for agents and back-office code. A protocol number alone never authorizes a customer
 * to see an order: public lookups must also check a second factor (tax id or signed token).
 *
 * <p>Thread-safe; starts no threads; holds no static state. Build with {@link #builder()}.
 */
public final class ServiceDesk {
    private final DeskConfig config;
    private final CommandRunner runner;

    ServiceDesk(DeskConfig config) {
        this.config = config;
        this.runner = new CommandRunner(config);
    }

    /** Starts configuring a desk. */
    public static ServiceDeskBuilder builder() {
        return new ServiceDeskBuilder();
    }

    /** Opens an order and returns it with its protocol number. */
    public ServiceOrder open(OpenOrder command) {
        return runner.open(command);
    }

    /** Applies any order command. */
    public ServiceOrder execute(OrderCommand command) {
        return runner.execute(command, null);
    }

    /** Applies a command through the named transition, for lifecycles with several transitions for one action. */
    public ServiceOrder execute(OrderCommand command, String transition) {
        return runner.execute(command, transition);
    }

    public ServiceOrder assign(Assign command) { return execute(command); }

    public ServiceOrder forward(Forward command) { return execute(command); }

    public ServiceOrder reply(AddReply command) { return execute(command); }

    public ServiceOrder note(AddNote command) { return execute(command); }

    public ServiceOrder recordContactAttempt(RecordContactAttempt command) { return execute(command); }

    /** Puts the order on hold until a time ("wait" would clash with {@link Object#wait()}). */
    public ServiceOrder hold(Wait command) { return execute(command); }

    public ServiceOrder resume(Resume command) { return execute(command); }

    public ServiceOrder resolve(Resolve command) { return execute(command); }

    public ServiceOrder close(Close command) { return execute(command); }

    public ServiceOrder reopen(Reopen command) { return execute(command); }

    public ServiceOrder cancel(Cancel command) { return execute(command); }

    public ServiceOrder reclassify(Reclassify command) { return execute(command); }

    /** The order with that id in that tenant. */
    public Optional<ServiceOrder> find(String tenant, OrderId id) {
        return config.store().findById(tenant, id);
    }

    /**
     * The order with that protocol number, as typed by an agent: the number is parsed (and its check digit
     * verified) by the desk's formats first, so a typo fails with a clear error instead of finding another
     * order. For agents only; see the class comment about public lookups.
     *
     * @throws dev.protocolo.protocol.InvalidProtocolNumberException if no configured format accepts the text
     */
    public Optional<ServiceOrder> findByProtocol(String tenant, String typed) {
        List<ProtocolNumber> candidates = protocolCandidates(typed);
        if (candidates.isEmpty()) {
            throw parseError(typed);
        }
        for (ProtocolNumber p : candidates) {
            Optional<ServiceOrder> found = config.store().findByProtocol(tenant, p);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Every reading of a typed number under the desk's formats (usually one; two formats with the same
     * shape may both accept it). Empty when no format accepts the text; never throws.
     */
    public List<ProtocolNumber> protocolCandidates(String typed) {
        List<ProtocolNumber> out = new java.util.ArrayList<>(1);
        for (ProtocolFormat f : config.formats()) {
            try {
                ProtocolNumber p = f.parse(typed);
                if (!out.contains(p)) {
                    out.add(p);
                }
            } catch (InvalidProtocolNumberException e) {
                // not this format's number
            }
        }
        return out;
    }

    /**
     * Parses a typed protocol number with the desk's default format, then each type's own format. When
     * none accepts it, the error of the format that got furthest is thrown: a number of the right shape
     * with a wrong check digit reports the check digit, not the other formats' lengths.
     */
    public ProtocolNumber parseProtocol(String typed) {
        List<ProtocolNumber> candidates = protocolCandidates(typed);
        if (candidates.isEmpty()) {
            throw parseError(typed);
        }
        return candidates.get(0);
    }

    private InvalidProtocolNumberException parseError(String typed) {
        InvalidProtocolNumberException best = null;
        for (ProtocolFormat f : config.formats()) {
            try {
                f.parse(typed);
            } catch (InvalidProtocolNumberException e) {
                if (best == null || progress(e) > progress(best)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static int progress(InvalidProtocolNumberException e) {
        return switch (e.reason()) {
            case WRONG_LENGTH -> 0;
            case LITERAL_MISMATCH -> 1;
            case UNEXPECTED_CHARACTER -> 2;
            case INVALID_DATE -> 3;
            case WRONG_CHECK_DIGIT -> 4;
        };
    }

    /** The order's history, oldest first. */
    public List<HistoryEntry> history(String tenant, OrderId id) {
        return config.store().history(tenant, id);
    }

    /** Rebuilds an order from its complete history. */
    public ServiceOrder replay(List<HistoryEntry> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("an empty history describes no order");
        }
        // A reclassification keeps the lifecycle, so the opening type's lifecycle replays every step.
        String typeCode = history.get(0).details().get("type");
        return OrderEvolution.replay(type(typeCode).lifecycle(), history);
    }

    /** Every notification of an order: was the customer told, when, on which channel. */
    public List<Notification> notifications(String tenant, OrderId id) {
        return config.outbox().forOrder(tenant, id);
    }

    /** The registered type with that code. */
    public OrderType type(String code) {
        return config.type(code);
    }

    public Collection<OrderType> types() {
        return config.types().values();
    }

    /** The team with that code, or a team named after its code when unregistered. */
    public Team team(String code) {
        return config.team(code);
    }

    public Clock clock() {
        return config.clock();
    }

    public ZoneId zone() {
        return config.zone();
    }

    /** The storage port, for components (dispatcher, watcher, reports) that share it. */
    public OrderStore store() {
        return config.store();
    }

    /** The outbox port, for the notification dispatcher. */
    public NotificationOutbox outbox() {
        return config.outbox();
    }

    /**
     * The transaction port, for components (retention) that must write through the store in the same unit of
     * work as a command: a command run inside {@code unitOfWork().execute(...)} joins it.
     */
    public dev.protocolo.spi.UnitOfWork unitOfWork() {
        return config.unitOfWork();
    }
}
