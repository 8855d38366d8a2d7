package dev.protocolo.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that remembers every query the adapter runs through a prepared statement, with the parameter
 * setter calls that preceded it, so a test can replay exactly that statement under {@code EXPLAIN}. Thread-safe
 * enough for one test thread at a time.
 */
final class RecordingDataSource {
    /** One executed query: its SQL and the {@code setXxx} calls that bound its parameters. */
    record Executed(String sql, List<Binding> bindings) {
        /** Prepares {@code prefix + sql} on {@code c} and binds the same parameters. */
        PreparedStatement prepare(Connection c, String prefix) throws SQLException {
            PreparedStatement ps = c.prepareStatement(prefix + sql);
            for (Binding b : bindings) {
                try {
                    b.method().invoke(ps, b.args());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new SQLException("could not replay " + b.method().getName(), e);
                }
            }
            return ps;
        }
    }

    record Binding(Method method, Object[] args) {
    }

    private final DataSource target;
    private final List<Executed> executed = new ArrayList<>();

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, a) -> {
            Object result = call(target, m, a);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** Forgets what was recorded so far. */
    synchronized void clear() {
        executed.clear();
    }

    /** The queries run since the last {@link #clear}. */
    synchronized List<Executed> executed() {
        return List.copyOf(executed);
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, (p, m, a) -> {
            Object result = call(c, m, a);
            if (result instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                return statement(ps, (String) a[0]);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement ps, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, (p, m, a) -> {
            String name = m.getName();
            if (name.startsWith("set") && a != null && a.length >= 2 && m.getParameterTypes()[0] == int.class) {
                bindings.add(new Binding(m, a.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.equals("executeQuery") && (a == null || a.length == 0)) {
                synchronized (this) {
                    executed.add(new Executed(sql, List.copyOf(bindings)));
                }
            }
            return call(ps, m, a);
        });
    }

    private static Object call(Object target, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, h);
    }
}
