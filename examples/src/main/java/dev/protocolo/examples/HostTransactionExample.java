package dev.protocolo.examples;

import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.ConnectionProvider;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ServiceOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Protocolo inside the host's own JDBC transaction: the CRM records the call in its own table and opens
 * the service order in the same transaction, so both commit together — or, when the CRM rolls back,
 * neither the call, nor the order, nor its history, nor its notification exists, and the protocol number
 * is given back. Spring users return {@code DataSourceUtils.getConnection(dataSource)} from the provider
 * instead of the thread-local below.
 */
public final class HostTransactionExample {
    /** The host's "current transaction": one connection per thread, as a transaction manager keeps it. */
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    public static void main(String[] args) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:host-tx;DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE crm_call (id IDENTITY PRIMARY KEY, caller VARCHAR(100), protocol VARCHAR(40))");
        }
        // The transaction's connection when there is one; otherwise (e.g. creating the tables at start-up) a
        // plain connection in auto-commit mode, on which Protocolo runs its own short transaction.
        ConnectionProvider hostTransaction = new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection current = CURRENT.get();
                return current != null ? current : h2.getConnection();
            }

            @Override
            public void releaseConnection(Connection connection) throws SQLException {
                if (connection != CURRENT.get()) {
                    connection.close();   // the host closes its own when its transaction ends
                }
            }
        };
        JdbcStorage storage = JdbcStorage.builder(h2).connectionProvider(hostTransaction).build();
        ServiceDesk desk = storage.configure(ServiceDesk.builder()).build();
        Customer joao = Customer.builder().externalId("crm-55").name("João Pereira").email("joao@example.com").build();

        String kept = inHostTransaction(h2, desk, joao, true);
        String discarded = inHostTransaction(h2, desk, joao, false);
        System.out.println("committed call opened " + kept + "; found by protocol: "
                + desk.findByProtocol("acme", kept).isPresent());
        System.out.println("rolled back call had " + discarded + "; found by protocol: "
                + desk.findByProtocol("acme", discarded).isPresent());
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM crm_call")) {
            rs.next();
            System.out.println("calls in the CRM table: " + rs.getInt(1));
        }
        String next = inHostTransaction(h2, desk, joao, true);
        System.out.println("next committed call opened " + next + " (the rolled back number was given back)");
    }

    private static String inHostTransaction(JdbcDataSource ds, ServiceDesk desk, Customer customer, boolean commit)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CURRENT.set(c);
            try {
                ServiceOrder o = desk.open(new OpenOrder("acme", "general", customer, Channel.PHONE, "Dúvida sobre o plano",
                        null, null, Map.of(), null, Actor.agent("ana", "Ana")));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm_call (caller, protocol) VALUES (?, ?)")) {
                    ps.setString(1, customer.name());
                    ps.setString(2, o.protocol().value());
                    ps.executeUpdate();
                }
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return o.protocol().value();
            } finally {
                CURRENT.remove();
            }
        }
    }
}
