package dev.protocolo.desk;

import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.ProtocoloException;
import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Cancel;
import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OrderCommand;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.RecordContactAttempt;
import dev.protocolo.command.Reopen;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.Transition;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of valid and invalid commands on random orders never break the invariants: status is
 * always one of the lifecycle's, only allowed transitions happen, refused commands change nothing,
 * history length equals applied commands, replay equals state, version grows by one per applied command.
 */
class LifecycleStatefulPropertyTest {
    private static final Lifecycle LC = Lifecycle.standard();

    /** The system under test plus the bookkeeping the invariants need. */
    static final class World {
        final Fixtures f = new Fixtures();
        final List<ServiceOrder> orders = new ArrayList<>();
        final List<Integer> applied = new ArrayList<>();
        int refusals;

        World() {
            for (int i = 0; i < 3; i++) {
                orders.add(f.desk.open(Fixtures.phoneCall("pedido " + i)));
                applied.add(1);
            }
        }

        void apply(int index, OrderCommand cmd, boolean stale) {
            ServiceOrder before = f.desk.find(TENANT, orders.get(index).id()).orElseThrow();
            int outbox = f.desk.notifications(TENANT, before.id()).size();
            try {
                ServiceOrder after = f.desk.execute(cmd);
                assertEquals(before.version() + 1, after.version(), "one version per applied command");
                HistoryEntry last = last(after);
                assertEquals(before.status(), last.statusBefore());
                assertEquals(after.status(), last.statusAfter());
                Transition t = LC.transition(last.transition()).orElseThrow();
                assertTrue(t.from().contains(before.status()), "transition " + t + " allowed from " + before.status());
                assertEquals(cmd.action(), t.action());
                assertTrue(!stale, "a stale command must not apply");
                orders.set(index, after);
                applied.set(index, applied.get(index) + 1);
            } catch (ProtocoloException refused) {
                refusals++;
                assertEquals(before, f.desk.find(TENANT, before.id()).orElseThrow(), "refusal changed the order");
                assertEquals(before.version(), f.desk.history(TENANT, before.id()).size());
                assertEquals(outbox, f.desk.notifications(TENANT, before.id()).size(), "refusal notified");
            }
        }

        HistoryEntry last(ServiceOrder o) {
            List<HistoryEntry> h = f.desk.history(TENANT, o.id());
            return h.get(h.size() - 1);
        }

        void invariants() {
            for (int i = 0; i < orders.size(); i++) {
                ServiceOrder o = f.desk.find(TENANT, orders.get(i).id()).orElseThrow();
                List<HistoryEntry> h = f.desk.history(TENANT, o.id());
                assertTrue(LC.findStatus(o.status()).isPresent(), "status " + o.status() + " is the lifecycle's");
                assertEquals(LC.status(o.status()).category(), o.statusCategory());
                assertEquals(applied.get(i), h.size(), "history length equals applied commands");
                assertEquals(h.size(), o.version());
                assertEquals(o, f.desk.replay(h), "replay equals state");
            }
        }
    }

    /** A command kind with random but sometimes invalid parameters. */
    record Spec(int order, int kind, int team, boolean blank, boolean stale, int minutes, int actor) {
    }

    @Property(tries = 60)
    void commandsNeverBreakTheInvariants(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("order invariants", World::invariants).run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.<World>startWith(World::new).withAction(new RandomCommand()).withMaxTransformations(40);
    }

    static final class RandomCommand implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            Arbitrary<Spec> specs = Combinators.combine(
                    Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 11),
                    Arbitraries.integers().between(0, 3), Arbitraries.of(false, false, false, true),
                    Arbitraries.of(false, false, false, false, true), Arbitraries.integers().between(-60, 60 * 48),
                    Arbitraries.integers().between(0, 2)).as(Spec::new);
            return specs.map(s -> Transformer.mutate(describe(s), w -> {
                w.f.clock.advance(Duration.ofMinutes(Math.abs(s.minutes()) % 600));
                ServiceOrder o = w.f.desk.find(TENANT, w.orders.get(s.order()).id()).orElseThrow();
                OrderRef ref = s.stale() && o.version() > 1
                        ? new OrderRef(TENANT, o.id(), o.version() - 1) : OrderRef.of(o);
                w.apply(s.order(), command(s, ref, w), s.stale() && o.version() > 1);
            }));
        }

        private static String describe(Spec s) {
            return "cmd" + s.kind() + " on order " + s.order() + (s.blank() ? " blank" : "") + (s.stale() ? " stale" : "");
        }

        private static OrderCommand command(Spec s, OrderRef ref, World w) {
            String[] teams = {"frontline", "finance", "support", "nowhere"};
            Actor actor = List.of(Fixtures.FRONTLINE, Fixtures.FINANCE, Fixtures.SUPERVISOR).get(s.actor());
            String text = s.blank() ? " " : "texto " + s.kind();
            return switch (s.kind()) {
                case 0 -> new Assign(ref, actor, teams[s.team()], s.blank() ? null : actor.id(), null);
                case 1 -> new Forward(ref, actor, teams[s.team()], text, null);
                case 2 -> new AddReply(ref, actor, text);
                case 3 -> new AddNote(ref, actor, text);
                case 4 -> new RecordContactAttempt(ref, actor, s.blank() ? ContactOutcome.NOT_REACHED : ContactOutcome.REACHED,
                        Channel.PHONE, null, null);
                case 5 -> new Wait(ref, actor, s.team() % 2 == 0 ? WaitingOn.CUSTOMER : WaitingOn.THIRD_PARTY,
                        w.f.clock.instant().plus(Duration.ofMinutes(s.minutes())), null, null);
                case 6 -> new Resume(ref, actor, null);
                case 7 -> new Resolve(ref, actor, text, null);
                case 8 -> new Close(ref, actor, null);
                case 9 -> new Reopen(ref, actor, text);
                case 10 -> new Cancel(ref, actor, text);
                default -> new Reclassify(ref, actor, s.blank() ? null : Priority.values()[s.team()], null);
            };
        }
    }
}
