package dev.protocolo.report;

import dev.protocolo.ProtocoloException;

/** The desk's store cannot answer reports and no {@link dev.protocolo.spi.ReportSource} was given. */
public final class ReportSourceMissingException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public ReportSourceMissingException(Object store) {
        super("store " + store.getClass().getName() + " does not implement ReportSource; pass one to Reports.of(desk, source)");
    }
}
