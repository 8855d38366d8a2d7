package dev.protocolo.dispatch;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A sender that keeps what it "delivers" in a list, and runs a hook first so tests can make it fail,
 * hang or throw. Thread-safe.
 */
public final class RecordingSender implements NotificationSender {
    private final Set<NotificationChannel> channels;
    private final List<Notification> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile BiConsumer<Notification, Integer> before = (n, i) -> { };
    private volatile BiConsumer<Notification, Integer> after = (n, i) -> { };

    public RecordingSender(NotificationChannel... channels) {
        this.channels = Set.of(channels);
    }

    /** Runs before recording; {@code i} counts calls from 0. Throw to fail the send. */
    public RecordingSender before(BiConsumer<Notification, Integer> hook) {
        this.before = hook;
        return this;
    }

    /** Runs after recording, i.e. after the message "left": a hang here models a crash after delivery. */
    public RecordingSender after(BiConsumer<Notification, Integer> hook) {
        this.after = hook;
        return this;
    }

    public List<Notification> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public Set<NotificationChannel> channels() {
        return channels;
    }

    @Override
    public void send(Notification notification, RenderedMessage message) {
        int i = calls.getAndIncrement();
        before.accept(notification, i);
        delivered.add(notification);
        after.accept(notification, i);
    }
}
