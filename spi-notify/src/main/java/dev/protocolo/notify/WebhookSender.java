package dev.protocolo.notify;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationData;
import dev.protocolo.notify.internal.HttpDelivery;
import dev.protocolo.notify.internal.Json;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Posts each step as JSON to the URL in the entry's recipient (set by the notification policy's webhook),
 * signed so the receiver can check origin and freshness with {@link WebhookSignature#verify}.
 *
 * <p>The body carries {@code id}, {@code idempotencyKey}, {@code tenant}, {@code protocol}, {@code event},
 * {@code orderVersion}, {@code status} and {@code previousStatus} (customer-facing labels), {@code team},
 * {@code message}, {@code dueAt}, {@code waitUntil}, {@code language} and {@code occurredAt} (ISO-8601).
 * Headers: {@code Idempotency-Key}, {@code X-Protocolo-Event}, {@code X-Protocolo-Timestamp} and
 * {@code X-Protocolo-Signature}. A retry is signed afresh with a new timestamp, so a receiver's replay
 * window does not refuse it; the idempotency key is what identifies the duplicate.
 *
 * <p>2xx is success; 408, 429, 5xx and timeouts are retried; other 4xx are final. Immutable and thread-safe.
 */
public final class WebhookSender implements NotificationSender {
    private final String secret;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final URI fallbackUrl;
    private final HttpClient client;

    private WebhookSender(Builder b) {
        this.secret = b.secret;
        this.clock = b.clock;
        this.timeout = b.timeout;
        this.headers = Map.copyOf(b.headers);
        this.fallbackUrl = b.url;
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A sender signing with {@code secret}; share it with the receiver out of band. */
    public static Builder builder(String secret) {
        return new Builder(secret);
    }

    @Override
    public Set<NotificationChannel> channels() {
        return Set.of(NotificationChannel.WEBHOOK);
    }

    @Override
    public void send(Notification n, RenderedMessage m) {
        URI url;
        try {
            url = n.recipient() != null ? URI.create(n.recipient()) : fallbackUrl;
        } catch (IllegalArgumentException e) {
            throw DeliveryException.permanent("invalid webhook URL " + n.recipient(), e);
        }
        if (url == null || url.getScheme() == null || !url.getScheme().startsWith("http")) {
            throw DeliveryException.permanent("no http(s) webhook URL for this entry: " + url, null);
        }
        String body = body(n);
        long ts = clock.instant().getEpochSecond();
        HttpRequest.Builder r = HttpRequest.newBuilder(url).timeout(timeout);
        headers.forEach(r::header);
        r.header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", n.idempotencyKey())
                .header("X-Protocolo-Event", n.event().name())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpDelivery.send(client, r.build(), "webhook " + url.getHost());
    }

    /** The JSON document posted for {@code n}; public so receivers' tests can build expected bodies. */
    public static String body(Notification n) {
        Map<String, String> d = n.data();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", n.id().toString());
        b.put("idempotencyKey", n.idempotencyKey());
        b.put("tenant", n.tenant());
        b.put("protocol", n.protocol());
        b.put("event", n.event().name());
        b.put("orderVersion", n.orderVersion());
        b.put("status", d.get(NotificationData.STATUS));
        b.put("previousStatus", d.get(NotificationData.PREVIOUS_STATUS));
        b.put("team", d.get(NotificationData.TEAM));
        b.put("message", d.get(NotificationData.MESSAGE));
        b.put("dueAt", d.get(NotificationData.DUE_AT));
        b.put("waitUntil", d.get(NotificationData.WAIT_UNTIL));
        b.put("language", n.language());
        b.put("occurredAt", n.createdAt() == null ? null : n.createdAt().toString());
        return Json.object(b);
    }

    /** Configures a {@link WebhookSender}; not thread-safe. */
    public static final class Builder {
        private final String secret;
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration timeout = Duration.ofSeconds(10);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private URI url;
        private HttpClient client;

        private Builder(String secret) {
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException("webhook secret must have at least 16 characters");
            }
            this.secret = secret;
        }

        /** Clock for the signed timestamp (default system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Time allowed to open the connection (default 5 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** Time allowed for the request after connecting (default 10 s); past it the send is retried. */
        public Builder timeout(Duration d) {
            this.timeout = Objects.requireNonNull(d);
            return this;
        }

        /** An extra header sent on every request. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** URL for entries that carry none. */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url);
            return this;
        }

        /** Use this client instead of one built from the timeouts. */
        public Builder httpClient(HttpClient client) {
            this.client = Objects.requireNonNull(client);
            return this;
        }

        public WebhookSender build() {
            return new WebhookSender(this);
        }
    }
}
