/**
 * Finding orders again.
 *
 * <p>{@link dev.protocolo.lookup.OrderFinder} is for agents and back-office code: by protocol number as a
 * person typed it (check digit verified before any lookup), by CPF/CNPJ, by the host's customer id, or by text,
 * always inside one tenant. {@link dev.protocolo.lookup.PublicLookup} is for a customer portal or an IVR: it
 * wants the protocol plus a second factor (the customer's tax id, or an {@link dev.protocolo.lookup.AccessTokens
 * access token} from a notification link) and answers every refusal the same way. Its result,
 * {@link dev.protocolo.lookup.PublicOrderView}, carries only what the customer may see.
 */
package dev.protocolo.lookup;
