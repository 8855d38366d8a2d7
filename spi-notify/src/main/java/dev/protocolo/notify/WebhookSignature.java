package dev.protocolo.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies and checks them on the receiving side. The signature is
 * {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} keyed with a secret both sides share, sent in
 * {@code X-Protocolo-Signature} next to the Unix timestamp in {@code X-Protocolo-Timestamp}. Signing the
 * timestamp with the body lets a receiver refuse a captured request replayed later, not just a forged one.
 * Stateless and thread-safe.
 */
public final class WebhookSignature {
    /** Header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Protocolo-Signature";
    /** Header carrying the Unix time, in seconds, the request was signed. */
    public static final String TIMESTAMP_HEADER = "X-Protocolo-Timestamp";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The {@code X-Protocolo-Signature} value for {@code body} signed at {@code timestamp} (Unix seconds). */
    public static String sign(String secret, long timestamp, String body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * Whether a received request is genuine and fresh: the signature matches the secret, timestamp and exact
     * body bytes received, and the timestamp is within {@code tolerance} of {@code now} either way.
     *
     * @param secret          the shared secret
     * @param timestamp       the {@code X-Protocolo-Timestamp} header as received
     * @param body            the raw request body, before any JSON parsing
     * @param signatureHeader the {@code X-Protocolo-Signature} header as received
     * @param now             the receiver's current time
     * @param tolerance       how old (or how far ahead) a request may be, e.g. 5 minutes
     */
    public static boolean verify(String secret, String timestamp, String body, String signatureHeader, Instant now,
                                 Duration tolerance) {
        if (secret == null || timestamp == null || body == null || signatureHeader == null
                || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(ts), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant-time comparison, so response timing does not leak how much of a guess was right.
        return MessageDigest.isEqual(hmac(secret, ts + "." + body), given);
    }

    private static byte[] hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
