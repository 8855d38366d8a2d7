/**
 * Protocolo's storage over JDBC: H2, PostgreSQL and MariaDB/MySQL.
 *
 * <h2>Wiring</h2>
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder(dataSource)   // the host's pool
 *         .tablePrefix("proto_")                          // default
 *         .migration(MigrationMode.APPLY)                 // default; VALIDATE or NONE when a DBA owns the schema
 *         .sequenceStrategy(SequenceStrategy.GAP_FREE)    // default; or SequenceStrategy.blocks(50)
 *         .build();
 * ServiceDesk desk = storage.configure(ServiceDesk.builder()).build();
 * // same as .store(storage.orders()).outbox(storage.outbox()).unitOfWork(storage.unitOfWork()).sequence(storage.sequence())
 * DeadlineWatcher watcher = DeadlineWatcher.builder(desk, storage.deadlines()).tenants("acme").build();
 * }</pre>
 *
 * <h2>Transactions</h2>
 * Each unit of work runs in one transaction on one connection bound to the thread; the stores, the
 * outbox and the gap-free sequence join it, and store calls outside a unit of work run in their own short
 * transaction. A host with its own transaction manager passes a {@link dev.protocolo.jdbc.ConnectionProvider}
 * (Spring: {@code DataSourceUtils.getConnection/releaseConnection}); its transaction then commits or rolls
 * back everything, including the protocol number. Pools configured with {@code autoCommit=false} save two
 * round trips per unit of work on MariaDB.
 *
 * <h2>Schema</h2>
 * Numbered SQL files in {@code db/protocolo/common/}, replaced file by file by {@code db/protocolo/<dialect>/};
 * the merged set of each dialect is also shipped in {@code db/protocolo/flyway/<dialect>/} for Flyway
 * ({@code locations=classpath:db/protocolo/flyway/postgresql}, {@code placeholders.prefix=proto_}); build the
 * storage with {@link dev.protocolo.jdbc.MigrationMode#NONE} then. {@link dev.protocolo.jdbc.Migrator#ddl}
 * prints the DDL for review. On MySQL 8, replace the MariaDB tables' collation {@code utf8mb4_nopad_bin} by
 * {@code utf8mb4_0900_bin}.
 *
 * <h2>Reports and retention</h2>
 * {@link dev.protocolo.jdbc.JdbcStorage#reports()} computes report counts and per-order rows in SQL (window
 * functions for team holds), and {@link dev.protocolo.jdbc.JdbcStorage#retention()} finds expired orders and redacts
 * their history; both are the desk's store, so {@code Reports.of(desk)} and {@code RetentionSweeper.of(desk, policy)}
 * work on a desk built with {@code storage.configure(...)}.
 *
 * <h2>Testing against real databases</h2>
 * The module's tests run on H2 always, and on PostgreSQL and MariaDB when {@code PROTOCOLO_TEST_POSTGRES_URL}
 * and {@code PROTOCOLO_TEST_MARIADB_URL} hold JDBC URLs (skipped otherwise, failed when
 * {@code PROTOCOLO_REQUIRE_DATABASES=true}). Other modules reuse {@code dev.protocolo.jdbc.testing.TestDatabases}
 * from the test-jar.
 */
package dev.protocolo.jdbc;
