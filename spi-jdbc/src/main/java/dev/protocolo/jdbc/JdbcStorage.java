package dev.protocolo.jdbc;

import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.spi.DeadlineStore;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.ProtocolSequence;
import dev.protocolo.spi.ReportSource;
import dev.protocolo.spi.RetentionStore;
import dev.protocolo.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Protocolo's storage ports over a JDBC {@link DataSource}: orders and history, the notification outbox,
 * the unit of work and protocol sequences, for H2, PostgreSQL and MariaDB/MySQL.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder(dataSource)
 *         .tablePrefix("proto_")
 *         .sequenceStrategy(SequenceStrategy.GAP_FREE)
 *         .build();                       // creates or upgrades the tables unless told otherwise
 * ServiceDesk desk = storage.configure(ServiceDesk.builder()).build();
 * }</pre>
 *
 * <p>By default every unit of work takes a connection from the data source, turns auto-commit off, commits
 * when the work returns and rolls back when it throws. Hosts that manage transactions themselves plug in a
 * {@link ConnectionProvider}; the host's transaction then decides. Any number of JVMs may share one
 * database. Instants are stored with microsecond precision.
 *
 * <p>Immutable and thread-safe; build one per data source and table prefix and share it.
 */
public final class JdbcStorage {
    static final String DEFAULT_PREFIX = "proto_";

    private final Dialect dialect;
    private final Tables tables;
    private final JdbcOrderStore orders;
    private final JdbcOutbox outbox;
    private final JdbcUnitOfWork unitOfWork;
    private final ProtocolSequence sequence;
    private final SequenceStrategy strategy;
    private final JdbcDeadlineStore deadlines;

    private JdbcStorage(Builder b, Dialect dialect) {
        this.dialect = dialect;
        this.tables = b.tables;
        this.strategy = b.strategy;
        Transactions tx = new Transactions(b.dataSource, b.provider);
        this.orders = new JdbcOrderStore(tx, dialect.sql(), tables);
        this.outbox = new JdbcOutbox(tx, dialect.sql(), tables);
        this.unitOfWork = new JdbcUnitOfWork(tx);
        SeriesCounters counters = new SeriesCounters(tx, dialect.sql(), tables);
        this.sequence = strategy.gapFree() ? new GapFreeSequence(tx, counters)
                : new BlockSequence(tx, counters, strategy.blockSize());
        this.deadlines = new JdbcDeadlineStore(tx, dialect.sql(), tables, orders);
    }

    /** Starts configuring storage on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Orders and their history. */
    public OrderStore orders() {
        return orders;
    }

    /** The transactional notification outbox. */
    public NotificationOutbox outbox() {
        return outbox;
    }

    /** The transaction boundary the stores and the gap-free sequence join. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Protocol numbers, allocated by the configured {@link SequenceStrategy}. */
    public ProtocolSequence sequence() {
        return sequence;
    }

    /**
     * Report numbers computed in SQL; the same object as {@link #orders()}, so {@code Reports.of(desk)} finds it
     * on a desk configured by {@link #configure}. Reads outside the caller's unit of work when none is active.
     */
    public ReportSource reports() {
        return orders;
    }

    /**
     * Finding and redacting orders whose retention period is over; the same object as {@link #orders()}, so
     * {@code RetentionSweeper.of(desk, policy)} finds it on a desk configured by {@link #configure}.
     */
    public RetentionStore retention() {
        return orders;
    }

    /**
     * The deadline queries and fired-event record for {@code DeadlineWatcher.builder(desk, storage.deadlines())};
     * watchers on any number of nodes sharing the database fire each event once.
     */
    public DeadlineStore deadlines() {
        return deadlines;
    }

    /** Sets all four storage ports of a desk: {@code storage.configure(ServiceDesk.builder()).build()}. */
    public ServiceDeskBuilder configure(ServiceDeskBuilder desk) {
        return desk.store(orders).outbox(outbox).unitOfWork(unitOfWork).sequence(sequence);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String tablePrefix() {
        return tables.prefix();
    }

    public SequenceStrategy sequenceStrategy() {
        return strategy;
    }

    @Override
    public String toString() {
        return "JdbcStorage[" + dialect + ", prefix=" + tables.prefix() + ", " + strategy + "]";
    }

    /** Configures a {@link JdbcStorage}. Not thread-safe; the storage it builds is. */
    public static final class Builder {
        private final DataSource dataSource;
        private Dialect dialect;
        private Tables tables = Tables.of(DEFAULT_PREFIX);
        private ConnectionProvider provider;
        private MigrationMode migration = MigrationMode.APPLY;
        private SequenceStrategy strategy = SequenceStrategy.GAP_FREE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The database's dialect; detected from the connection's metadata when not given. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** Prefix of every table and index name (default {@code proto_}); must match {@code [a-z][a-z0-9_]{0,20}}. */
        public Builder tablePrefix(String prefix) {
            this.tables = Tables.of(prefix);
            return this;
        }

        /**
         * Where units of work and store calls get their connection when the host manages transactions. The data
         * source is still used for work that must commit on its own: schema migration, block reservations
         * and creating a new protocol series.
         */
        public Builder connectionProvider(ConnectionProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** What to do about the schema when building (default {@link MigrationMode#APPLY}). */
        public Builder migration(MigrationMode mode) {
            this.migration = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** How protocol numbers are allocated (default {@link SequenceStrategy#GAP_FREE}). */
        public Builder sequenceStrategy(SequenceStrategy strategy) {
            this.strategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Detects the dialect if needed, runs the migration mode and returns the storage. */
        public JdbcStorage build() {
            Dialect d = dialect;
            if (d == null) {
                try (Connection c = dataSource.getConnection()) {
                    d = Dialect.detect(c);
                } catch (SQLException e) {
                    throw StorageException.of("detect the database dialect", e);
                }
            }
            new Migrator(dataSource, d, tables).run(migration);
            return new JdbcStorage(this, d);
        }
    }
}
