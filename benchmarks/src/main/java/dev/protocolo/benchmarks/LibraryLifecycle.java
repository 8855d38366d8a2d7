package dev.protocolo.benchmarks;

import dev.protocolo.command.Assign;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Wait;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.jdbc.SequenceStrategy;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/** The scenario through {@link ServiceDesk} on {@link JdbcStorage} (gap-free protocol numbers, the default). */
final class LibraryLifecycle implements LifecycleSubject {
    private static final Actor AGENT = Actor.agent(Scenario.AGENT_ID, Scenario.AGENT_NAME, "agent");
    private final DataSource dataSource;
    private final String prefix;
    private final Clock clock;
    private ServiceDesk desk;

    LibraryLifecycle(DataSource dataSource, String prefix, Clock clock) {
        this.dataSource = dataSource;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "library";
    }

    @Override
    public void reset() throws Exception {
        Database.truncate(dataSource, prefix);
        // a fresh storage: its cache of known protocol series must not outlive the truncated table
        JdbcStorage storage = JdbcStorage.builder(dataSource).tablePrefix(prefix)
                .sequenceStrategy(SequenceStrategy.GAP_FREE).build();
        // The order cache lets each transition skip reading the order it holds (OrderRef.of names the version).
        desk = storage.configure(ServiceDesk.builder()).clock(clock).orderCache(10_000)
                .team(Scenario.TEAM, Scenario.TEAM_NAME).team(Scenario.OTHER_TEAM, Scenario.OTHER_TEAM_NAME).build();
    }

    @Override
    public void open(int i) {
        openOrder(i);
    }

    private ServiceOrder openOrder(int i) {
        Customer customer = Customer.builder().externalId(Scenario.customerId(i)).name(Scenario.customerName(i))
                .taxId(TaxIds.cpf(i)).email(Scenario.email(i)).mobilePhone(Scenario.phone(i)).build();
        return desk.open(new OpenOrder(Scenario.TENANT, Scenario.TYPE, customer, Channel.PHONE, Scenario.SUBJECT,
                Scenario.DESCRIPTION, Priority.NORMAL, Map.of(), Scenario.TEAM, AGENT));
    }

    @Override
    public void lifecycle(int i) {
        ServiceOrder o = openOrder(i);
        o = desk.assign(new Assign(OrderRef.of(o), AGENT, null, Scenario.AGENT_ID, Scenario.ASSIGN_MESSAGE));
        o = desk.forward(new Forward(OrderRef.of(o), AGENT, Scenario.OTHER_TEAM, Scenario.FORWARD_REASON, Scenario.FORWARD_MESSAGE));
        o = desk.hold(new Wait(OrderRef.of(o), AGENT, WaitingOn.CUSTOMER, clock.instant().plus(Scenario.WAIT_FOR),
                Scenario.WAIT_MESSAGE, null));
        desk.resolve(new Resolve(OrderRef.of(o), AGENT, Scenario.RESOLUTION, null));
    }
}
