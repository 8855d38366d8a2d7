package dev.protocolo.lifecycle;

import dev.protocolo.order.Action;
import dev.protocolo.order.StatusCategory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of an order type: statuses, an initial status and named transitions with guards.
 *
 * <p>A lifecycle is data. It is validated when built: the initial status must exist and be new or in
 * progress, every transition must name known statuses, actions must lead to their category (resolve to a
 * resolved status, wait to a waiting one, close, cancel, resume and reopen likewise), at least one status
 * must be final (closed or cancelled), every status must be reachable from the initial one, and only final
 * statuses may be dead ends. Resolved and finished statuses without an anonymization step get one, so the
 * retention sweeper works on every lifecycle. Instances are immutable and
 * thread-safe. {@link #standard()} covers the common flow.
 */
public final class Lifecycle {
    private final String name;
    private final Map<String, Status> statuses;
    private final String initial;
    private final List<Transition> transitions;

    private Lifecycle(String name, Map<String, Status> statuses, String initial, List<Transition> transitions) {
        this.name = name;
        this.statuses = statuses;
        this.initial = initial;
        this.transitions = transitions;
    }

    /** Starts a definition. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The default lifecycle: see {@link StandardLifecycle}. */
    public static Lifecycle standard() {
        return StandardLifecycle.INSTANCE;
    }

    public String name() { return name; }

    /** The statuses in definition order. */
    public Collection<Status> statuses() { return statuses.values(); }

    public List<Transition> transitions() { return transitions; }

    public Status initialStatus() { return statuses.get(initial); }

    /** The status named {@code name}, or empty. */
    public Optional<Status> findStatus(String name) {
        return Optional.ofNullable(statuses.get(name));
    }

    /** The status named {@code name}; an unknown name is a programming error. */
    public Status status(String name) {
        Status s = statuses.get(name);
        if (s == null) {
            throw new IllegalArgumentException("lifecycle '" + this.name + "' has no status '" + name + "'");
        }
        return s;
    }

    /** The transitions that may start from {@code status}. */
    public List<Transition> transitionsFrom(String status) {
        List<Transition> out = new ArrayList<>();
        for (Transition t : transitions) {
            if (t.from().contains(status)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The transition named {@code name}, or empty. */
    public Optional<Transition> transition(String name) {
        return transitions.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return "Lifecycle[" + name + ", " + statuses.keySet() + "]";
    }

    /** Builds a {@link Lifecycle}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Map<String, Status> statuses = new LinkedHashMap<>();
        private final List<Transition> transitions = new ArrayList<>();
        private String initial;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new InvalidLifecycleException("a lifecycle needs a name");
            }
            this.name = name;
        }

        /** Adds a status. */
        public Builder status(Status status) {
            if (statuses.putIfAbsent(status.name(), status) != null) {
                throw new InvalidLifecycleException("lifecycle '" + name + "': status '" + status.name() + "' defined twice");
            }
            return this;
        }

        /** Names the status every new order enters. */
        public Builder initial(String status) {
            this.initial = status;
            return this;
        }

        /** Adds a transition. */
        public Builder transition(Transition transition) {
            transitions.add(transition);
            return this;
        }

        /** Adds an unguarded transition from any of {@code from} to {@code to}. */
        public Builder transition(String name, Action action, String to, String... from) {
            return transition(new Transition(name, action, Set.of(from), to, Set.of(), Set.of(), null, null));
        }

        /** Adds a transition that requires command fields (or order attributes) to be present. */
        public Builder transitionRequiring(String name, Action action, Set<String> requiredFields, String to, String... from) {
            return transition(new Transition(name, action, Set.of(from), to, requiredFields, Set.of(), null, null));
        }

        /** Adds a transition that stays in whichever of {@code in} the order is in. */
        public Builder step(String name, Action action, String... in) {
            return transition(new Transition(name, action, Set.of(in), Transition.STAY, Set.of(), Set.of(), null, null));
        }

        /** Validates and builds; throws {@link InvalidLifecycleException} naming the first problem found. */
        public Lifecycle build() {
            if (statuses.isEmpty()) {
                throw problem("has no status");
            }
            if (initial == null) {
                throw problem("has no initial status");
            }
            if (!statuses.containsKey(initial)) {
                throw problem("initial status '" + initial + "' is not defined");
            }
            Set<String> names = new HashSet<>();
            for (Transition t : transitions) {
                if (!names.add(t.name())) {
                    throw problem("transition '" + t.name() + "' defined twice");
                }
                for (String f : t.from()) {
                    if (!statuses.containsKey(f)) {
                        throw problem("transition '" + t.name() + "' starts from unknown status '" + f + "'");
                    }
                }
                if (!Transition.STAY.equals(t.to()) && !statuses.containsKey(t.to())) {
                    throw problem("transition '" + t.name() + "' leads to unknown status '" + t.to() + "'");
                }
            }
            for (Transition t : transitions) {
                checkCategory(t);
            }
            StatusCategory first = statuses.get(initial).category();
            if (first != StatusCategory.NEW && first != StatusCategory.IN_PROGRESS) {
                throw problem("initial status '" + initial + "' must be of category NEW or IN_PROGRESS, not " + first);
            }
            if (statuses.values().stream().noneMatch(s -> s.category().isFinal())) {
                throw problem("has no terminal status (category CLOSED or CANCELLED)");
            }
            if (statuses.get(initial).category().isFinal()) {
                throw problem("initial status '" + initial + "' is terminal");
            }
            Set<String> reachable = reachableFromInitial();
            for (String s : statuses.keySet()) {
                if (!reachable.contains(s)) {
                    throw problem("status '" + s + "' is unreachable from '" + initial + "'");
                }
            }
            for (Status s : statuses.values()) {
                boolean leaves = transitions.stream().anyMatch(t -> t.from().contains(s.name()) && !t.target(s.name()).equals(s.name()));
                if (!leaves && !s.category().isFinal()) {
                    throw problem("status '" + s.name() + "' is a dead end but its category " + s.category() + " is not terminal");
                }
            }
            return new Lifecycle(name, Collections.unmodifiableMap(new LinkedHashMap<>(statuses)),
                    initial, withImplicitAnonymize());
        }

        /**
         * Data protection cannot depend on a host remembering to model it: every resolved or finished status
         * the definition gives no ANONYMIZE transition gets an implicit one that keeps the status.
         */
        private List<Transition> withImplicitAnonymize() {
            Set<String> missing = new java.util.LinkedHashSet<>();
            for (Status s : statuses.values()) {
                boolean finished = s.category() == StatusCategory.RESOLVED || s.category().isFinal();
                boolean covered = transitions.stream().anyMatch(t -> t.action() == Action.ANONYMIZE && t.from().contains(s.name()));
                if (finished && !covered) {
                    missing.add(s.name());
                }
            }
            if (missing.isEmpty()) {
                return List.copyOf(transitions);
            }
            boolean taken = transitions.stream().anyMatch(t -> t.name().equals("anonymize"));
            List<Transition> all = new ArrayList<>(transitions);
            all.add(new Transition(taken ? "anonymize_finished" : "anonymize", Action.ANONYMIZE, missing, Transition.STAY,
                    null, null, null, null));
            return List.copyOf(all);
        }

        /**
         * Actions that mean a category must lead to it: the timestamps, reports and clocks rely on a RESOLVE
         * landing in a RESOLVED status, a WAIT in a WAITING one, and so on.
         */
        private void checkCategory(Transition t) {
            Set<StatusCategory> allowed = switch (t.action()) {
                case RESOLVE -> EnumSet.of(StatusCategory.RESOLVED);
                case CLOSE -> EnumSet.of(StatusCategory.CLOSED);
                case CANCEL -> EnumSet.of(StatusCategory.CANCELLED);
                case WAIT -> EnumSet.of(StatusCategory.WAITING);
                case RESUME, REOPEN -> EnumSet.of(StatusCategory.NEW, StatusCategory.IN_PROGRESS);
                default -> null;
            };
            if (allowed == null) {
                return;
            }
            for (String from : t.from()) {
                StatusCategory to = statuses.get(t.target(from)).category();
                if (!allowed.contains(to)) {
                    throw problem("transition '" + t.name() + "' (" + t.action() + ") must lead to a status of category "
                            + allowed + ", but leads from '" + from + "' to '" + t.target(from) + "' (" + to + ")");
                }
            }
        }

        private Set<String> reachableFromInitial() {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add(initial);
            while (!todo.isEmpty()) {
                String s = todo.poll();
                if (seen.add(s)) {
                    for (Transition t : transitions) {
                        if (t.from().contains(s)) {
                            todo.add(t.target(s));
                        }
                    }
                }
            }
            return seen;
        }

        private InvalidLifecycleException problem(String what) {
            return new InvalidLifecycleException("lifecycle '" + name + "' " + what);
        }
    }
}
