package dev.protocolo.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades Protocolo's tables from numbered SQL files shipped on the class path.
 *
 * <p>Migrations live under {@code db/protocolo/common/V<n>__<name>.sql}; a file of the same name under
 * {@code db/protocolo/<dialect>/} replaces the common one for that database. Table names carry the
 * placeholder {@code ${prefix}}. Applied versions are recorded with a checksum in
 * {@code <prefix>schema_history}. Several nodes starting together apply each migration once: the first
 * takes a cluster-wide lock (PostgreSQL advisory lock, MariaDB {@code GET_LOCK}, H2 a locked row) and the
 * others wait, then find nothing left to do.
 *
 * <p>Teams whose DBA or Flyway owns the schema can print the DDL with {@link #ddl(Dialect, String)} or
 * {@code java dev.protocolo.jdbc.Migrator postgresql proto_}, or point Flyway at
 * {@code classpath:db/protocolo/flyway/<dialect>} (the merged files of that dialect) with the placeholder
 * {@code prefix} set, and build the storage with {@link MigrationMode#VALIDATE} or {@link MigrationMode#NONE}.
 * (Flyway keeps its own history table, so VALIDATE only works for schemas this class applied; use NONE with Flyway.)
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** Every migration, in order. A new migration is a new file here and a new entry in this list. */
    static final List<String> SCRIPTS = List.of("V1__tables.sql", "V2__indexes.sql", "V3__deadlines.sql",
            "V4__reports.sql");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Tables tables;

    Migrator(DataSource dataSource, Dialect dialect, Tables tables) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.tables = tables;
    }

    /** One migration of one dialect, as shipped. */
    record Script(int version, String description, String text) {
        long checksum() {
            CRC32 crc = new CRC32();
            crc.update(text.replace("\r", "").getBytes(StandardCharsets.UTF_8));
            return crc.getValue();
        }

        String resolved(String prefix) {
            return text.replace("${prefix}", prefix);
        }
    }

    /** The migrations of {@code dialect}, dialect overrides replacing common files of the same name. */
    static List<Script> scripts(Dialect dialect) {
        List<Script> list = new ArrayList<>();
        for (String file : SCRIPTS) {
            String text = resource("db/protocolo/" + dialect.folder() + "/" + file);
            if (text == null) {
                text = resource("db/protocolo/common/" + file);
            }
            if (text == null) {
                throw new MigrationException("migration " + file + " is missing from the class path");
            }
            int sep = file.indexOf("__");
            list.add(new Script(Integer.parseInt(file.substring(1, sep)),
                    file.substring(sep + 2, file.length() - 4).replace('_', ' '), text));
        }
        return list;
    }

    private static String resource(String path) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("cannot read " + path, e);
        }
    }

    /** The complete DDL for {@code dialect} with tables named {@code prefix...}, for a DBA to review and run. */
    public static String ddl(Dialect dialect, String prefix) {
        Tables t = Tables.of(prefix);
        StringBuilder sb = new StringBuilder();
        sb.append("-- Protocolo schema for ").append(dialect).append(", table prefix '").append(prefix).append("'\n");
        sb.append(historyTableDdl(t.schemaHistory())).append(";\n");
        for (Script s : scripts(dialect)) {
            sb.append("\n-- V").append(s.version()).append(": ").append(s.description()).append('\n');
            sb.append(s.resolved(prefix).strip()).append('\n');
            sb.append("INSERT INTO ").append(t.schemaHistory()).append(" (version, description, checksum) VALUES (")
                    .append(s.version()).append(", '").append(s.description()).append("', ").append(s.checksum()).append(");\n");
        }
        return sb.toString();
    }

    /** Prints {@link #ddl}: {@code Migrator <h2|postgresql|mariadb> [prefix]}. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java dev.protocolo.jdbc.Migrator <h2|postgresql|mariadb> [table prefix, default proto_]");
            System.exit(2);
            return;
        }
        Dialect d = Dialect.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        System.out.print(ddl(d, args.length == 2 ? args[1] : JdbcStorage.DEFAULT_PREFIX));
    }

    static String historyTableDdl(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (version INT NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                + " checksum BIGINT NOT NULL, installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP)";
    }

    /** Brings the schema up to date (APPLY), checks it (VALIDATE) or does nothing (NONE). */
    void run(MigrationMode mode) {
        switch (mode) {
            case NONE -> { }
            case VALIDATE -> validate();
            case APPLY -> apply();
        }
    }

    private void apply() {
        SqlDialect sql = dialect.sql();
        try (Connection lock = dataSource.getConnection()) {
            if (!lock.getAutoCommit()) {
                lock.setAutoCommit(true);
            }
            sql.lockMigrations(lock, tables.prefix(), tables.schemaHistory());
            try (Connection work = dataSource.getConnection()) {
                work.setAutoCommit(true);
                try (Statement s = work.createStatement()) {
                    s.execute(historyTableDdl(tables.schemaHistory()));
                }
                Map<Integer, Long> applied = applied(work);
                requireNoNewerVersion(applied);
                for (Script script : scripts(dialect)) {
                    Long checksum = applied.get(script.version());
                    if (checksum != null) {
                        requireSameChecksum(script, checksum);
                        continue;
                    }
                    applyScript(work, script);
                }
            } finally {
                try {
                    sql.unlockMigrations(lock, tables.prefix());
                } catch (SQLException e) {
                    // The lock is held by this session: end it so the lock cannot outlive it in the pool.
                    lock.abort(Runnable::run);
                    LOG.warn("could not release the migration lock for prefix '{}'; connection aborted", tables.prefix(), e);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("could not migrate the Protocolo schema (prefix '" + tables.prefix() + "', "
                    + dialect + "): " + e.getMessage(), e);
        }
    }

    private void applyScript(Connection work, Script script) throws SQLException {
        LOG.info("applying Protocolo migration V{} ({}) to prefix '{}'", script.version(), script.description(), tables.prefix());
        // PostgreSQL runs DDL transactionally, so the script and its history row commit together there
        work.setAutoCommit(false);
        try (Statement s = work.createStatement()) {
            for (String statement : statements(script.resolved(tables.prefix()))) {
                s.execute(statement);
            }
            try (PreparedStatement ps = work.prepareStatement("INSERT INTO " + tables.schemaHistory()
                    + " (version, description, checksum) VALUES (?, ?, ?)")) {
                ps.setInt(1, script.version());
                ps.setString(2, script.description());
                ps.setLong(3, script.checksum());
                ps.executeUpdate();
            }
            work.commit();
        } catch (SQLException e) {
            work.rollback();
            throw new SQLException("migration V" + script.version() + " (" + script.description() + ") failed: "
                    + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        } finally {
            work.setAutoCommit(true);
        }
    }

    private void validate() {
        Map<Integer, Long> applied;
        try (Connection c = dataSource.getConnection()) {
            applied = applied(c);
        } catch (SQLException e) {
            throw new MigrationException("the Protocolo schema (prefix '" + tables.prefix() + "') is not installed: cannot read "
                    + tables.schemaHistory() + " (" + e.getMessage() + "). Apply the DDL from Migrator.ddl(" + dialect + ", \""
                    + tables.prefix() + "\") or build with MigrationMode.APPLY", e);
        }
        requireNoNewerVersion(applied);
        List<String> missing = new ArrayList<>();
        for (Script script : scripts(dialect)) {
            Long checksum = applied.get(script.version());
            if (checksum == null) {
                missing.add("V" + script.version() + " (" + script.description() + ")");
            } else {
                requireSameChecksum(script, checksum);
            }
        }
        if (!missing.isEmpty()) {
            throw new MigrationException("the Protocolo schema (prefix '" + tables.prefix() + "') lacks migrations " + missing
                    + "; apply them (Migrator.ddl prints the SQL) or build with MigrationMode.APPLY");
        }
    }

    /** A schema migrated by a newer Protocolo is refused: this version would not know its tables' meaning. */
    private void requireNoNewerVersion(Map<Integer, Long> applied) {
        int shipped = scripts(dialect).stream().mapToInt(Script::version).max().orElse(0);
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > shipped) {
            throw new MigrationException("the Protocolo schema (prefix '" + tables.prefix() + "') has migration V" + newest
                    + ", newer than this library's V" + shipped + "; upgrade the library");
        }
    }

    private void requireSameChecksum(Script script, long applied) {
        if (applied != script.checksum()) {
            throw new MigrationException("migration V" + script.version() + " (" + script.description() + ") was applied to prefix '"
                    + tables.prefix() + "' with checksum " + applied + " but this library ships checksum " + script.checksum()
                    + "; the schema was changed by hand or by another version of Protocolo");
        }
    }

    private Map<Integer, Long> applied(Connection c) throws SQLException {
        Map<Integer, Long> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + tables.schemaHistory() + " WHERE version > 0")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return applied;
    }

    /** Splits a script on semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
