package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the JDBC adapter speaks. Detected from {@code DatabaseMetaData.getDatabaseProductName()}
 * unless given to {@link JdbcStorage.Builder#dialect}. MySQL 8 is served by {@link #MARIADB}.
 * Each constant delegates to one package-private class holding that database's SQL.
 */
public enum Dialect {
    /** H2 2.x, embedded or server. */
    H2("h2", new H2Dialect()),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("postgresql", new PostgresDialect()),
    /** MariaDB 10.6 or newer (for {@code SKIP LOCKED}); MySQL 8 also works through it. */
    MARIADB("mariadb", new MariaDbDialect());

    private final String folder;
    private final SqlDialect sql;

    Dialect(String folder, SqlDialect sql) {
        this.folder = folder;
        this.sql = sql;
    }

    /** The folder of this dialect's migrations under {@code db/protocolo/}, e.g. {@code postgresql}. */
    public String folder() {
        return folder;
    }

    SqlDialect sql() {
        return sql;
    }

    /** The dialect for a JDBC product name, if supported. */
    public static Optional<Dialect> fromProductName(String productName) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgresql")) {
            return Optional.of(POSTGRESQL);
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return Optional.of(MARIADB);
        }
        if (p.equals("h2") || p.startsWith("h2 ")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }

    /** The dialect of the database behind {@code connection}. */
    public static Dialect detect(Connection connection) {
        String name;
        try {
            name = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw StorageException.of("detect the database dialect", e);
        }
        return fromProductName(name).orElseThrow(() -> new StorageException("detect the database dialect",
                "unsupported database '" + name + "'; supported are H2, PostgreSQL and MariaDB/MySQL", null));
    }
}
