package dev.protocolo.jdbc;

/** What {@link JdbcStorage.Builder#build()} does about the schema. */
public enum MigrationMode {
    /** Creates or upgrades the tables, once even when several nodes start together (default). */
    APPLY,
    /** Only checks that every migration was applied unchanged (a DBA or Flyway owns the schema). */
    VALIDATE,
    /** Trusts the schema without looking. */
    NONE
}
