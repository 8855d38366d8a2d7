package dev.protocolo.retention;

import dev.protocolo.desk.ServiceDeskBuilder;

/** The retention contract on the in-memory store. */
class RetentionSweeperTest extends RetentionContract {
    @Override
    protected ServiceDeskBuilder storage(ServiceDeskBuilder builder) {
        return builder.inMemory();
    }
}
