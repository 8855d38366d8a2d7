package dev.protocolo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.notify.LoopbackHttpServer.Reply;
import dev.protocolo.notify.LoopbackHttpServer.Request;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.RenderedMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMS and webhook senders against a real HTTP server on loopback. */
class HttpSendersTest {
    private static final String SECRET = "a-shared-secret-of-some-length";
    private LoopbackHttpServer http;
    private Fixtures f;
    private final TemplateRenderer renderer = TemplateRenderer.standard();

    @BeforeEach
    void start() throws Exception {
        http = new LoopbackHttpServer();
        f = new Fixtures(StandardNotificationPolicy.builder().webhook(http.uri("/hooks/protocolo").toString()).build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private ServiceOrder assigned() {
        return f.assign(f.open(Fixtures.customer("pt-BR", "maria@example.com", "+5511987654321")), "finance",
                "Vamos \"verificar\" <já>.");
    }

    private Notification sms() {
        return f.entry(assigned(), NotificationChannel.SMS);
    }

    @Test
    void genericGatewayGetsJsonWithReference() {
        Notification n = sms();
        RenderedMessage m = renderer.render(n);
        HttpSmsSender.generic(http.uri("/sms")).bearer("tok").build().send(n, m);
        Request r = http.requests().get(0);
        assertEquals("POST", r.method());
        assertEquals("/sms", r.path());
        assertEquals("Bearer tok", r.header("Authorization"));
        assertEquals(n.idempotencyKey(), r.header("Idempotency-Key"));
        assertTrue(r.body().startsWith("{\"to\":\"+5511987654321\",\"text\":\"Protocolo " + n.protocol()), r.body());
        assertTrue(r.body().contains("\"reference\":\"" + n.idempotencyKey() + "\""), r.body());
    }

    @Test
    void twilioShapeIsFormEncodedWithBasicAuth() {
        Notification n = sms();
        RenderedMessage m = renderer.render(n);
        http.then(new Reply(201, "{\"sid\":\"SM1\"}", 0, Map.of()));
        HttpSmsSender.twilio("AC123", "token", "+15005550006").baseUrl(http.uri("")).build().send(n, m);
        Request r = http.requests().get(0);
        assertEquals("/2010-04-01/Accounts/AC123/Messages.json", r.path());
        assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("AC123:token".getBytes(StandardCharsets.UTF_8)),
                r.header("Authorization"));
        Map<String, String> form = form(r.body());
        assertEquals("+5511987654321", form.get("To"));
        assertEquals("+15005550006", form.get("From"));
        assertEquals(m.text(), form.get("Body"));
    }

    @Test
    void serverErrorsAndThrottlingAreTransientClientErrorsFinal() {
        Notification n = sms();
        RenderedMessage m = renderer.render(n);
        HttpSmsSender s = HttpSmsSender.generic(http.uri("/sms")).build();
        http.then(Reply.of(503), new Reply(429, "slow down", 0, Map.of("Retry-After", "120")), Reply.of(400), Reply.of(404));
        DeliveryException e503 = assertThrows(DeliveryException.class, () -> s.send(n, m));
        assertTrue(e503.isTransient());
        DeliveryException e429 = assertThrows(DeliveryException.class, () -> s.send(n, m));
        assertTrue(e429.isTransient());
        assertEquals(Duration.ofSeconds(120), e429.retryAfter().orElseThrow());
        assertFalse(assertThrows(DeliveryException.class, () -> s.send(n, m)).isTransient());
        assertFalse(assertThrows(DeliveryException.class, () -> s.send(n, m)).isTransient());
    }

    @Test
    void timeoutIsTransient() {
        Notification n = sms();
        http.then(new Reply(200, "{}", 2000, Map.of()));
        HttpSmsSender s = HttpSmsSender.generic(http.uri("/sms")).timeout(Duration.ofMillis(200)).build();
        DeliveryException e = assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n)));
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    @Test
    void webhookIsSignedAndVerifiable() {
        Notification n = f.entry(assigned(), NotificationChannel.WEBHOOK);
        WebhookSender.builder(SECRET).clock(f.clock).build().send(n, renderer.render(n));
        Request r = http.requests().get(0);
        assertEquals("/hooks/protocolo", r.path());
        assertEquals(n.idempotencyKey(), r.header("Idempotency-Key"));
        assertEquals("ASSIGN", r.header("X-Protocolo-Event"));
        String ts = r.header(WebhookSignature.TIMESTAMP_HEADER);
        String sig = r.header(WebhookSignature.SIGNATURE_HEADER);
        assertEquals(Long.toString(f.clock.instant().getEpochSecond()), ts);
        assertTrue(sig.matches("sha256=[0-9a-f]{64}"), sig);
        assertEquals(WebhookSender.body(n), r.body());
        assertTrue(r.body().contains("\"protocol\":\"" + n.protocol() + "\""), r.body());
        assertTrue(r.body().contains("\"event\":\"ASSIGN\""), r.body());
        assertTrue(r.body().contains("\"status\":\"Em atendimento\",\"previousStatus\":\"Aberto\",\"team\":\"Financeiro\""), r.body());
        assertTrue(r.body().contains("\"message\":\"Vamos \\\"verificar\\\" \\u003cjá\\u003e.\""), r.body());
        assertTrue(r.body().contains("\"occurredAt\":\"2026-03-02T12:00:00Z\""), r.body());

        Instant now = f.clock.instant().plusSeconds(30);
        Duration tolerance = Duration.ofMinutes(5);
        assertTrue(WebhookSignature.verify(SECRET, ts, r.body(), sig, now, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, ts, r.body().replace("Financeiro", "Diretoria"), sig, now, tolerance),
                "tampered body");
        assertFalse(WebhookSignature.verify("another-secret-of-some-length", ts, r.body(), sig, now, tolerance),
                "wrong secret");
        assertFalse(WebhookSignature.verify(SECRET, ts, r.body(), sig, now.plus(Duration.ofMinutes(10)), tolerance),
                "stale timestamp: a replay");
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(Long.parseLong(ts) + 60), r.body(), sig, now, tolerance),
                "timestamp changed to look fresh");
        assertFalse(WebhookSignature.verify(SECRET, ts, r.body(), "sha256=zz", now, tolerance));
    }

    @Test
    void webhookFailuresAreClassifiedLikeSms() {
        Notification n = f.entry(assigned(), NotificationChannel.WEBHOOK);
        WebhookSender s = WebhookSender.builder(SECRET).clock(f.clock).timeout(Duration.ofMillis(200)).build();
        http.then(Reply.of(500), new Reply(200, "{}", 2000, Map.of()), Reply.of(410));
        assertTrue(assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n))).isTransient());
        assertTrue(assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n))).isTransient());
        assertFalse(assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n))).isTransient());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }
}
