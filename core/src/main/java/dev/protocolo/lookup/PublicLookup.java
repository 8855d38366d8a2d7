package dev.protocolo.lookup;

import dev.protocolo.customer.TaxId;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's own lookup, for a portal, a chat bot or an IVR: the protocol number plus a second factor —
 * the customer's CPF/CNPJ, or an access token from a notification link ({@link AccessTokens}).
 *
 * <p>Every refusal looks the same: an unparseable or mistyped protocol, an order that does not exist, an order
 * of another tenant, a wrong tax id, a tampered, foreign or expired token all return {@link Optional#empty()}.
 * Each call does the same work whatever went wrong — it always queries the store (with a number that cannot
 * exist when the typed one did not parse), always hashes and compares the tax ids, always verifies the token's
 * HMAC — and compares secrets with {@link MessageDigest#isEqual}, so neither the answer nor its timing tells a
 * caller which part was wrong. Hosts should still rate-limit callers: a CPF has only nine free digits.
 *
 * <p>Thread-safe; holds the desk and the token signer.
 */
public final class PublicLookup {
    /** Stands in for a protocol that did not parse, so the store is queried anyway; no format produces it. */
    private static final ProtocolNumber NO_SUCH_PROTOCOL = new ProtocolNumber("\u0000");

    private final ServiceDesk desk;
    private final AccessTokens tokens;

    private PublicLookup(ServiceDesk desk, AccessTokens tokens) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.tokens = tokens;
    }

    /** A lookup accepting the tax id as second factor only. */
    public static PublicLookup of(ServiceDesk desk) {
        return new PublicLookup(desk, null);
    }

    /** A lookup accepting the tax id or tokens signed by {@code tokens}. */
    public static PublicLookup of(ServiceDesk desk, AccessTokens tokens) {
        return new PublicLookup(desk, Objects.requireNonNull(tokens, "tokens"));
    }

    /** The order with that protocol if its customer's CPF/CNPJ is {@code typedTaxId}; empty otherwise. */
    public Optional<PublicOrderView> byTaxId(String tenant, String typedProtocol, String typedTaxId) {
        ProtocolNumber protocol = parseOrNull(tenant, typedProtocol);
        Optional<ServiceOrder> order = find(tenant, protocol);
        String stored = order.map(ServiceOrder::customer).filter(c -> c.taxId() != null)
                .map(c -> c.taxId().value()).orElse("");
        boolean matches = MessageDigest.isEqual(sha256(stored), sha256(normalizedTaxId(typedTaxId)));
        boolean ok = protocol != null & order.isPresent() & !stored.isEmpty() & matches;
        return ok ? Optional.of(view(order.get())) : Optional.empty();
    }

    /** The order with that protocol if {@code token} is a genuine, unexpired token for it; empty otherwise. */
    public Optional<PublicOrderView> byToken(String tenant, String typedProtocol, String token) {
        ProtocolNumber protocol = parseOrNull(tenant, typedProtocol);
        Optional<AccessGrant> grant = verify(token);
        Optional<ServiceOrder> order = find(tenant, protocol);
        boolean ok = protocol != null & grant.isPresent() & order.isPresent()
                && grant.get().tenant().equals(tenant) & grant.get().protocol().equals(protocol)
                & grant.get().orderId().equals(order.get().id());
        return ok ? Optional.of(view(order.get())) : Optional.empty();
    }

    /** The order a link's token names, when the link carries no separate protocol number. */
    public Optional<PublicOrderView> byToken(String tenant, String token) {
        Optional<AccessGrant> grant = verify(token);
        Optional<ServiceOrder> order = find(tenant, grant.map(AccessGrant::protocol).orElse(null));
        boolean ok = grant.isPresent() & order.isPresent()
                && grant.get().tenant().equals(tenant) & grant.get().orderId().equals(order.get().id());
        return ok ? Optional.of(view(order.get())) : Optional.empty();
    }

    private Optional<AccessGrant> verify(String token) {
        if (tokens == null) {
            throw new IllegalStateException("this lookup was built without AccessTokens");
        }
        return tokens.verify(token);
    }

    private Optional<ServiceOrder> find(String tenant, ProtocolNumber protocol) {
        Objects.requireNonNull(tenant, "tenant");
        return desk.store().findByProtocol(tenant, protocol != null ? protocol : NO_SUCH_PROTOCOL)
                .filter(o -> o.tenant().equals(tenant));
    }

    /**
     * The typed number as the desk's formats read it, or null. The reason a text is refused (e.g. a check
     * digit) is for agents; the public answer is the same for every refusal. When formats overlap, the
     * reading that names an existing order wins.
     */
    private ProtocolNumber parseOrNull(String tenant, String typed) {
        if (typed == null) {
            return null;
        }
        List<ProtocolNumber> candidates = desk.protocolCandidates(typed);
        if (candidates.size() > 1) {
            for (ProtocolNumber p : candidates) {
                if (find(tenant, p).isPresent()) {
                    return p;
                }
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static String normalizedTaxId(String typed) {
        if (typed == null) {
            return "\u0000";
        }
        try {
            return TaxId.parse(typed).value();
        } catch (RuntimeException e) {
            return "\u0000" + typed;
        }
    }

    private static byte[] sha256(String s) {
        // Hashing first gives both sides the same length, so isEqual's time does not depend on the secret.
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private PublicOrderView view(ServiceOrder order) {
        return PublicOrderView.of(desk, order, desk.history(order.tenant(), order.id()), null);
    }
}
