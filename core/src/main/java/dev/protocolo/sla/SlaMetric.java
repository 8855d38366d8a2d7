package dev.protocolo.sla;

/** What an SLA target measures. Each metric has its own clock and its own deadline. */
public enum SlaMetric {
    /** From opening until an agent first answers the customer. */
    FIRST_RESPONSE,
    /** From the last public update until the next one; the host restarts it after each update. */
    NEXT_UPDATE,
    /** From opening until the order is resolved. */
    RESOLUTION
}
