package dev.protocolo.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Wraps a pool and counts what goes to the database through the JDBC API: statement executions (a batch
 * counts once, as drivers send it in one exchange), commits and rollbacks, and auto-commit switches
 * (a round trip on MariaDB, none on PostgreSQL). Work the pool does by itself (validation, resets) is
 * below the wrapper and not counted.
 */
final class CountingDataSource {
    final LongAdder executions = new LongAdder();
    final LongAdder batchedRows = new LongAdder();
    final LongAdder commits = new LongAdder();
    final LongAdder rollbacks = new LongAdder();
    final LongAdder autoCommitSwitches = new LongAdder();
    private final DataSource target;
    private final DataSource proxy;

    CountingDataSource(DataSource target) {
        this.target = target;
        this.proxy = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (p, m, args) -> {
                    Object r = invoke(this.target, m, args);
                    return r instanceof Connection c && m.getName().equals("getConnection") ? connection(c) : r;
                });
    }

    DataSource dataSource() {
        return proxy;
    }

    /** A snapshot of the counters. */
    Counts counts() {
        return new Counts(executions.sum(), batchedRows.sum(), commits.sum(), rollbacks.sum(), autoCommitSwitches.sum());
    }

    /** Counter values; {@link #minus} gives the difference between two snapshots. */
    record Counts(long executions, long batchedRows, long commits, long rollbacks, long autoCommitSwitches) {
        Counts minus(Counts o) {
            return new Counts(executions - o.executions, batchedRows - o.batchedRows, commits - o.commits,
                    rollbacks - o.rollbacks, autoCommitSwitches - o.autoCommitSwitches);
        }

        /** Statement executions plus commits and rollbacks. */
        long roundTrips() {
            return executions + commits + rollbacks;
        }
    }

    private Connection connection(Connection c) {
        InvocationHandler h = (p, m, args) -> {
            switch (m.getName()) {
                case "commit" -> commits.increment();
                case "rollback" -> rollbacks.increment();
                case "setAutoCommit" -> autoCommitSwitches.increment();
                default -> { }
            }
            Object r = invoke(c, m, args);
            if (r instanceof Statement s && (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                    || m.getName().equals("prepareCall"))) {
                return statement(s);
            }
            return r;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
    }

    private Statement statement(Statement s) {
        Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler h = (p, m, args) -> {
            String n = m.getName();
            if (n.startsWith("execute")) {
                executions.increment();
            } else if (n.equals("addBatch")) {
                batchedRows.increment();
            }
            return invoke(s, m, args);
        };
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{type}, h);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
