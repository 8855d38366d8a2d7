package dev.protocolo.lookup;

import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring access tokens that a notification can embed in a link ("see your order"), so the customer
 * can open the order without typing their tax id.
 *
 * <p>A token binds one tenant, one order (id and protocol) and an expiry, signed with HMAC-SHA256 under a key
 * the host provides and keeps secret (at least 32 random bytes; the same key on every node). The token is
 * URL-safe Base64 without padding: {@code base64url(payload) "." base64url(hmac)}. Verification always computes
 * the HMAC and compares with {@link MessageDigest#isEqual}, so a forged, truncated or garbled token costs the
 * same as a good one and leaks nothing through timing. Rotating the key invalidates every token issued.
 *
 * <p>Immutable and thread-safe; reads time only from the injected clock.
 */
public final class AccessTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "p1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    private AccessTokens(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.clock = clock;
    }

    /**
     * Tokens signed with {@code key} (copied), checked against {@code clock}.
     *
     * @throws IllegalArgumentException if the key is shorter than 32 bytes
     */
    public static AccessTokens of(byte[] key, Clock clock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clock, "clock");
        if (key.length < 32) {
            throw new IllegalArgumentException("an access-token key needs at least 32 bytes, got " + key.length);
        }
        return new AccessTokens(Arrays.copyOf(key, key.length), clock);
    }

    /** A token for {@code order}, valid for {@code validFor} from now. */
    public String issue(ServiceOrder order, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("validFor must be positive");
        }
        return issue(order.tenant(), order.id(), order.protocol(), clock.instant().plus(validFor));
    }

    /** A token for one order, refused from {@code expiresAt} on (second precision, rounded down). */
    public String issue(String tenant, OrderId id, ProtocolNumber protocol, Instant expiresAt) {
        for (String field : new String[] {tenant, protocol.value()}) {
            if (field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("tenant and protocol must not contain line breaks");
            }
        }
        String payload = String.join("\n", VERSION, tenant, id.toString(), protocol.value(),
                Long.toString(expiresAt.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * The grant of a genuine, unexpired token; empty for anything else (garbled, tampered, signed with another
     * key, expired). Does the same work whatever is wrong with the token.
     */
    public Optional<AccessGrant> verify(String token) {
        String t = token == null ? "" : token;
        int dot = t.lastIndexOf('.');
        byte[] payload = decode(dot < 0 ? t : t.substring(0, dot));
        byte[] given = decode(dot < 0 ? "" : t.substring(dot + 1));
        boolean signed = MessageDigest.isEqual(mac(payload), given);
        AccessGrant grant = parse(payload);
        boolean fresh = grant != null && clock.instant().isBefore(grant.expiresAt());
        return signed & fresh ? Optional.of(grant) : Optional.empty();
    }

    private byte[] mac(byte[] payload) {
        try {
            // Mac instances are not thread-safe, so each call gets its own.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    private static byte[] decode(String s) {
        try {
            return DECODER.decode(s);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static AccessGrant parse(byte[] payload) {
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (f.length != 5 || !VERSION.equals(f[0])) {
            return null;
        }
        try {
            return new AccessGrant(f[1], OrderId.parse(f[2]), new ProtocolNumber(f[3]),
                    Instant.ofEpochSecond(Long.parseLong(f[4])));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "AccessTokens[HmacSHA256]";
    }
}
