package dev.protocolo.spi.contract;

import dev.protocolo.memory.InMemoryProtocolSequence;
import dev.protocolo.memory.InMemoryStore;

/** The storage contract against {@link InMemoryStore}: the reference semantics. */
class InMemoryStorageContractTest extends StorageContract {
    @Override
    protected Ports ports() {
        InMemoryStore store = new InMemoryStore();
        return new Ports(store, store, store, new InMemoryProtocolSequence());
    }
}
