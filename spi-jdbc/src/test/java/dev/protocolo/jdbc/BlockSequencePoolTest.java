package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.jdbc.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The first reservation of a new series must fit in a pool with one connection to spare beyond the caller's
 * unit of work: creating the series row and reserving the block take turns on that spare connection.
 */
class BlockSequencePoolTest {

    @Test
    void aNewSeriesNeedsOnlyOneSpareConnection() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestDatabases.url(TestDatabases.Database.H2, "block-pool"));
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2_000);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcStorage storage = JdbcStorage.builder(pool).tablePrefix("bp_").sequenceStrategy(SequenceStrategy.blocks(10)).build();
            long first = storage.unitOfWork().execute(() -> storage.sequence().next("acme|2026"));
            long second = storage.unitOfWork().execute(() -> storage.sequence().next("acme|2026"));
            assertEquals(1, first);
            assertEquals(2, second);
        }
    }
}
