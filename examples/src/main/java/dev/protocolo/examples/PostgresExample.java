package dev.protocolo.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.command.Assign;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.command.Resolve;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.jdbc.SequenceStrategy;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import java.util.List;
import java.util.Map;

/**
 * The desk on PostgreSQL through a HikariCP pool: the tables are created on first use (prefix
 * {@code example_}), numbers come from the gap-free counter, and the customer's orders are found by CPF.
 * The URL comes from the first argument or {@code PROTOCOLO_TEST_POSTGRES_URL}, defaulting to a local
 * server ({@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}).
 */
public final class PostgresExample {
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv().getOrDefault("PROTOCOLO_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcStorage storage = JdbcStorage.builder(pool).tablePrefix("example_")
                    .sequenceStrategy(SequenceStrategy.GAP_FREE).build();
            ServiceDesk desk = storage.configure(ServiceDesk.builder()).team("support", "Suporte").build();
            System.out.println("connected: " + storage.dialect());
            Customer c = Customer.builder().externalId("pg-1").name("Loja Exemplo").taxId("11.222.333/0001-81").build();
            Actor agent = Actor.agent("rui", "Rui");
            ServiceOrder o = desk.open(new OpenOrder("acme", "general", c, Channel.WEB, "Nota fiscal não chegou", null,
                    null, Map.of(), "support", agent));
            o = desk.assign(new Assign(OrderRef.of(o), agent, null, "rui", null));
            o = desk.resolve(new Resolve(OrderRef.of(o), agent, "Nota reenviada", null));
            System.out.println("order " + o.protocol() + " is " + o.status() + " at version " + o.version());
            List<ServiceOrder> mine = desk.store().findByTaxId("acme", c.taxId(), 5);
            System.out.println("orders of CNPJ " + c.taxId().masked() + ": " + mine.size() + " (latest "
                    + mine.get(0).protocol() + ")");
        }
    }
}
