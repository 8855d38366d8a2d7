package dev.protocolo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.dispatch.DispatchSummary;
import dev.protocolo.dispatch.NotificationDispatcher;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.notify.LoopbackHttpServer.Reply;
import dev.protocolo.order.ServiceOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A desk, the dispatcher and every real sender: what a host wires up, on loopback servers. */
class DispatchEndToEndTest {
    private static final String SECRET = "end-to-end-shared-secret";
    private GreenMail mail;
    private LoopbackHttpServer sms;
    private LoopbackHttpServer hooks;
    private Fixtures f;
    private NotificationDispatcher dispatcher;

    @BeforeEach
    void wire() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        sms = new LoopbackHttpServer();
        hooks = new LoopbackHttpServer();
        f = new Fixtures(StandardNotificationPolicy.builder().webhook(hooks.uri("/hook").toString()).build());
        dispatcher = NotificationDispatcher.builder()
                .outbox(f.desk.outbox())
                .renderer(TemplateRenderer.standard())
                .sender(SmtpEmailSender.builder().host("127.0.0.1").port(mail.getSmtp().getPort())
                        .from("atendimento@acme.test").clock(f.clock).build())
                .sender(HttpSmsSender.generic(sms.uri("/sms")).timeout(Duration.ofMillis(1000)).build())
                .sender(WebhookSender.builder(SECRET).clock(f.clock).timeout(Duration.ofMillis(1000)).build())
                .clock(f.clock).owner("node-1").maxAttempts(4)
                .backoff(Duration.ofSeconds(30), Duration.ofMinutes(10)).random(new Random(1))
                .build();
    }

    @AfterEach
    void unwire() {
        mail.stop();
        sms.close();
        hooks.close();
    }

    private List<Notification> entries(ServiceOrder o) {
        return f.desk.outbox().forOrder(Fixtures.TENANT, o.id());
    }

    @Test
    void everyChannelIsDeliveredOnce() throws Exception {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", "maria@example.com", "+5511987654321"));
        assertEquals(new DispatchSummary(3, 3, 0, 0, 0, 0), dispatcher.dispatchOnce());

        assertTrue(mail.waitForIncomingEmail(5000, 1));
        assertEquals(Optional.of(o.protocol().value()), EmailSubjects.protocolIn(mail.getReceivedMessages()[0].getSubject()));
        assertEquals(1, sms.requests().size());
        assertEquals(1, hooks.requests().size());
        LoopbackHttpServer.Request hook = hooks.requests().get(0);
        assertTrue(WebhookSignature.verify(SECRET, hook.header(WebhookSignature.TIMESTAMP_HEADER), hook.body(),
                hook.header(WebhookSignature.SIGNATURE_HEADER), f.clock.instant(), Duration.ofMinutes(5)));
        assertTrue(entries(o).stream().allMatch(n -> n.status() == NotificationStatus.SENT));
        assertEquals(DispatchSummary.EMPTY, dispatcher.dispatchOnce());
    }

    @Test
    void serverErrorAndTimeoutAreRetriedUntilDelivered() {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", null, "+5511987654321"));
        sms.then(Reply.of(502), new Reply(200, "{}", 3000, java.util.Map.of()));
        DispatchSummary first = dispatcher.dispatchOnce();
        assertEquals(1, first.retried(), "SMS 502");
        assertEquals(1, first.sent(), "webhook");

        f.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, dispatcher.dispatchOnce().retried(), "SMS timed out");
        f.clock.advance(Duration.ofMinutes(2));
        assertEquals(1, dispatcher.dispatchOnce().sent());

        Notification smsEntry = entries(o).stream().filter(n -> n.channel() == NotificationChannel.SMS).findFirst().orElseThrow();
        assertEquals(NotificationStatus.SENT, smsEntry.status());
        assertEquals(3, smsEntry.attempts());
        assertEquals(3, sms.requests().size());
        assertTrue(sms.requests().stream().allMatch(r -> smsEntry.idempotencyKey().equals(r.header("Idempotency-Key"))),
                "every attempt carries the same key");
    }

    @Test
    void finalClientErrorIsNotRetried() {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", null, null));
        hooks.then(Reply.of(422));
        assertEquals(1, dispatcher.dispatchOnce().dead());
        f.clock.advance(Duration.ofHours(3));
        assertEquals(DispatchSummary.EMPTY, dispatcher.dispatchOnce());
        assertEquals(1, hooks.requests().size());
        Notification hook = entries(o).stream().filter(n -> n.channel() == NotificationChannel.WEBHOOK).findFirst().orElseThrow();
        assertEquals(NotificationStatus.DEAD, hook.status());
        assertTrue(hook.lastError().contains("HTTP 422"), hook.lastError());
    }
}
