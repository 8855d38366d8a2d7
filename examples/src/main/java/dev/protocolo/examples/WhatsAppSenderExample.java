package dev.protocolo.examples;

import com.sun.net.httpserver.HttpServer;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.dispatch.DispatchSummary;
import dev.protocolo.dispatch.NotificationDispatcher;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.notify.TemplateRenderer;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A custom channel through the sender SPI: a WhatsApp Business gateway reached over HTTP. The example
 * starts a stand-in gateway on loopback so it runs anywhere; a real one only changes the URL and the token.
 */
public final class WhatsAppSenderExample {

    /** Posts the rendered SMS-style text to the gateway; 5xx is retried, 4xx is final. */
    static final class WhatsAppSender implements NotificationSender {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI endpoint;

        WhatsAppSender(URI endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public Set<NotificationChannel> channels() {
            return Set.of(NotificationChannel.WHATSAPP);
        }

        @Override
        public void send(Notification n, RenderedMessage m) {
            String body = "{\"to\":\"" + n.recipient() + "\",\"text\":\"" + m.text().replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Idempotency-Key", n.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 500) {
                    throw DeliveryException.transientFailure("gateway answered " + status, null);
                }
                if (status >= 400) {
                    throw DeliveryException.permanent("gateway refused with " + status, null);
                }
            } catch (IOException e) {
                throw DeliveryException.transientFailure("gateway unreachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.transientFailure("interrupted", e);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("gateway received: " + body);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        gateway.start();
        try {
            ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
            ServiceDesk desk = ServiceDesk.builder().inMemory().clock(clock)
                    .notificationPolicy(StandardNotificationPolicy.builder()
                            .customerChannels(NotificationChannel.WHATSAPP).build())
                    .build();
            NotificationDispatcher dispatcher = NotificationDispatcher.builder().outbox(desk.outbox()).clock(clock)
                    .renderer(TemplateRenderer.standard())
                    .sender(new WhatsAppSender(URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/messages")))
                    .build();
            Customer c = Customer.builder().externalId("w-1").name("Joana").mobilePhone("+5511912345678").build();
            desk.open(new OpenOrder("acme", "general", c, Channel.WHATSAPP, "Quero mudar meu plano", null, null,
                    Map.of(), null, Actor.customer("w-1")));
            DispatchSummary summary = dispatcher.dispatchOnce();
            System.out.println("sent " + summary.sent() + ", retried " + summary.retried() + ", dead " + summary.dead());
        } finally {
            gateway.stop(0);
        }
    }
}
