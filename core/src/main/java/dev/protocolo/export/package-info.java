/**
 * The customer's copy of their order's history (Brazilian SAC rules give the customer the full record on
 * request): every public step with its date in the desk's zone, the status labels and the final answer, as
 * plain text, JSON or HTML, in Portuguese or English. Built from a {@link dev.protocolo.lookup.PublicOrderView},
 * so internal notes, internal steps and agents never appear.
 */
package dev.protocolo.export;
