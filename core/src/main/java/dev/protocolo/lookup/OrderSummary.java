package dev.protocolo.lookup;

import dev.protocolo.order.Action;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.protocol.ProtocolNumber;
import java.time.Instant;

/**
 * One row of an agent's search result: enough to recognise the order and decide whether to open it.
 * Immutable and thread-safe.
 *
 * @param id             storage key, to open the order
 * @param protocol       the customer-facing number
 * @param typeCode       order type code
 * @param typeName       order type name for people
 * @param status         technical status name
 * @param statusLabel    the status label in the finder's language
 * @param statusCategory the status's category
 * @param team           responsible team code, or {@code null}
 * @param teamName       responsible team name, or {@code null}
 * @param agent          responsible agent id, or {@code null}
 * @param customerName   the customer's name, or {@code null}
 * @param subject        one-line summary
 * @param openedAt       when opened
 * @param lastAction     what the last step did
 * @param lastStepAt     when the last step happened
 * @param dueAt          resolution deadline, or {@code null} when there is none
 */
public record OrderSummary(OrderId id, ProtocolNumber protocol, String typeCode, String typeName, String status,
                           String statusLabel, StatusCategory statusCategory, String team, String teamName,
                           String agent, String customerName, String subject, Instant openedAt, Action lastAction,
                           Instant lastStepAt, Instant dueAt) {
}
