package dev.protocolo.report;

import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.memory.InMemoryReportSource;
import dev.protocolo.memory.InMemoryStore;
import dev.protocolo.spi.ReportSource;

/** The report contract on the in-memory store. */
class InMemoryReportContractTest extends ReportContract {
    @Override
    protected ServiceDeskBuilder storage(ServiceDeskBuilder builder) {
        return builder.inMemory();
    }

    @Override
    protected ReportSource reportSource(ServiceDesk desk) {
        return new InMemoryReportSource((InMemoryStore) desk.store());
    }
}
