package dev.protocolo.notify;

import dev.protocolo.command.Assign;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.notification.StandardNotificationPolicy;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Real notifications, produced by an in-memory desk with the standard policy. */
final class Fixtures {
    static final String TENANT = "acme";
    static final Actor AGENT = Actor.agent("a1", "Ana", "agent");

    final ManualClock clock = ManualClock.at(Instant.parse("2026-03-02T12:00:00Z"));
    final ServiceDesk desk;

    Fixtures() {
        this(StandardNotificationPolicy.standard());
    }

    Fixtures(StandardNotificationPolicy policy) {
        desk = ServiceDesk.builder().inMemory().clock(clock).notificationPolicy(policy)
                .team("support", "Suporte").team("finance", "Financeiro").build();
    }

    static Customer customer(String language, String email, String phone) {
        return new Customer("c1", "Maria Silva", null, email, phone, language, Set.of());
    }

    ServiceOrder open(Customer c) {
        return desk.open(new OpenOrder(TENANT, "general", c, Channel.PHONE, "Sem internet", null, null, Map.of(),
                "support", AGENT));
    }

    ServiceOrder assign(ServiceOrder o, String team, String message) {
        return desk.assign(new Assign(OrderRef.of(o), AGENT, team, null, message));
    }

    /** The entry of {@code channel} for the step that produced {@code o}. */
    Notification entry(ServiceOrder o, NotificationChannel channel) {
        return desk.outbox().forOrder(TENANT, o.id()).stream()
                .filter(n -> n.orderVersion() == o.version() && n.channel() == channel
                        && n.status() != NotificationStatus.SKIPPED)
                .findFirst().orElseThrow(() -> new AssertionError("no " + channel + " entry for v" + o.version()));
    }

    /** A copy of {@code n} with extra template data (e.g. a due date, which needs an SLA to appear). */
    static Notification with(Notification n, String key, String value) {
        Map<String, String> data = new HashMap<>(n.data());
        data.put(key, value);
        return new Notification(n.id(), n.tenant(), n.orderId(), n.protocol(), n.orderVersion(), n.event(),
                n.audience(), n.channel(), n.recipient(), n.language(), data, n.idempotencyKey(), n.status(),
                n.attempts(), n.createdAt(), n.nextAttemptAt(), n.sentAt(), n.lastError(), n.claimedBy(),
                n.leaseUntil());
    }
}
