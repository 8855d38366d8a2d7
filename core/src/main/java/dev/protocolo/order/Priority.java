package dev.protocolo.order;

/** How urgent an order is; selects SLA targets and sorts work queues. Ordered from lowest to highest. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
