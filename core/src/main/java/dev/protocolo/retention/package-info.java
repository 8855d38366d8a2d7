/**
 * Retention: once an order has been finished for longer than its type's retention period, the customer's
 * personal data is removed from it in place, while everything reports count stays.
 *
 * <p>{@link dev.protocolo.retention.RetentionSweeper} finds eligible orders through the
 * {@link dev.protocolo.spi.RetentionStore} port and, per order in one unit of work, applies the
 * {@link dev.protocolo.command.Anonymize} command (an internal ANONYMIZE history entry that overwrites the
 * customer, subject, description and attributes) and redacts the earlier entries of the same order: their public
 * messages and internal notes are dropped and their personal detail values replaced by the anonymized ones, so
 * replaying the history still reproduces the anonymized order. The final answer ({@code resolution}) is kept: it is
 * the organisation's own text and the record of what was done. After a sweep, lookups, the public view and the
 * history export show no customer data; notifications already delivered are outside the library's reach.
 */
package dev.protocolo.retention;
