package dev.protocolo.notify;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notify.internal.HttpDelivery;
import dev.protocolo.notify.internal.Json;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sends SMS (and optionally WhatsApp) through an HTTP gateway with the JDK's {@link HttpClient}, in one of
 * two request shapes:
 * <ul>
 * <li>{@link #generic(URI)}: {@code POST} of {@code {"to":"+55…","text":"…","reference":"<idempotency key>"}}
 *     with an {@code Idempotency-Key} header, for in-house gateways and the many providers that accept a
 *     JSON body; add authentication with {@link Builder#header} or {@link Builder#bearer}.</li>
 * <li>{@link #twilio(String, String, String)}: Twilio's Messages API, a form-encoded {@code POST} of
 *     {@code To}, {@code From} and {@code Body} to {@code /2010-04-01/Accounts/{sid}/Messages.json} with
 *     HTTP basic authentication. WhatsApp entries are sent with the {@code whatsapp:} address prefix.</li>
 * </ul>
 * 2xx is success; 408, 429, 5xx and timeouts are transient; other 4xx (an invalid number, say) are final.
 * Immutable and thread-safe.
 */
public final class HttpSmsSender implements NotificationSender {
    private enum Shape { GENERIC, TWILIO }

    private final Shape shape;
    private final URI endpoint;
    private final String from;
    private final Map<String, String> headers;
    private final Set<NotificationChannel> channels;
    private final Duration timeout;
    private final HttpClient client;

    private HttpSmsSender(Builder b) {
        this.shape = b.shape;
        this.from = b.from;
        this.headers = Map.copyOf(b.headers);
        this.channels = Set.copyOf(b.channels);
        this.timeout = b.timeout;
        this.endpoint = b.shape == Shape.TWILIO
                ? URI.create(b.baseUrl.toString().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                        + URLEncoder.encode(b.accountSid, StandardCharsets.UTF_8) + "/Messages.json")
                : b.endpoint;
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A JSON gateway at {@code endpoint}. */
    public static Builder generic(URI endpoint) {
        Builder b = new Builder(Shape.GENERIC);
        b.endpoint = Objects.requireNonNull(endpoint);
        return b;
    }

    /** Twilio's Messages API for the account {@code accountSid}, sending from {@code from} (E.164). */
    public static Builder twilio(String accountSid, String authToken, String from) {
        Builder b = new Builder(Shape.TWILIO);
        b.accountSid = Objects.requireNonNull(accountSid);
        b.from = Objects.requireNonNull(from);
        String basic = Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        b.headers.put("Authorization", "Basic " + basic);
        return b;
    }

    @Override
    public Set<NotificationChannel> channels() {
        return channels;
    }

    @Override
    public void send(Notification n, RenderedMessage m) {
        if (n.recipient() == null || n.recipient().isBlank()) {
            throw DeliveryException.permanent("no phone number to send to", null);
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(endpoint).timeout(timeout);
        headers.forEach(r::header);
        if (shape == Shape.TWILIO) {
            String prefix = n.channel() == NotificationChannel.WHATSAPP ? "whatsapp:" : "";
            String form = form(List.of("To", prefix + n.recipient(), "From", prefix + from, "Body", m.text()));
            r.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("to", n.recipient());
            body.put("text", m.text());
            body.put("reference", n.idempotencyKey());
            body.put("channel", n.channel().name());
            r.header("Content-Type", "application/json")
                    .header("Idempotency-Key", n.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(Json.object(body)));
        }
        HttpDelivery.send(client, r.build(), n.channel() + " to gateway " + endpoint.getHost());
    }

    private static String form(List<String> pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** Configures an {@link HttpSmsSender}; not thread-safe. */
    public static final class Builder {
        private final Shape shape;
        private URI endpoint;
        private URI baseUrl = URI.create("https://api.twilio.com");
        private String accountSid;
        private String from;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Set<NotificationChannel> channels = EnumSet.of(NotificationChannel.SMS);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration timeout = Duration.ofSeconds(15);
        private HttpClient client;

        private Builder(Shape shape) {
            this.shape = shape;
        }

        /** Twilio only: the API's base URL (default {@code https://api.twilio.com}); tests point it at loopback. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl);
            return this;
        }

        /** An extra request header, e.g. an API key. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** {@code Authorization: Bearer <token>}. */
        public Builder bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Channels this sender takes (default SMS); add WHATSAPP when the gateway also delivers there. */
        public Builder channels(NotificationChannel... channels) {
            this.channels.clear();
            this.channels.addAll(List.of(channels));
            return this;
        }

        /** Time allowed to open the connection (default 5 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** Time allowed for the whole request after connecting (default 15 s); past it the send is retried. */
        public Builder timeout(Duration d) {
            this.timeout = Objects.requireNonNull(d);
            return this;
        }

        /** Use this client (proxy, TLS settings) instead of one built from the timeouts. */
        public Builder httpClient(HttpClient client) {
            this.client = Objects.requireNonNull(client);
            return this;
        }

        public HttpSmsSender build() {
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("at least one channel");
            }
            return new HttpSmsSender(this);
        }
    }
}
