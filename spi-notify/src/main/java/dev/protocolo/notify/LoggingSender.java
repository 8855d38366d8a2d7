package dev.protocolo.notify;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes messages to the log instead of delivering them: for development and demos, where no mail server
 * or gateway exists. It logs recipients and message text, which are personal data, so keep it out of
 * production. Never fails. Immutable and thread-safe.
 */
public final class LoggingSender implements NotificationSender {
    private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);
    private final Set<NotificationChannel> channels;

    private LoggingSender(Set<NotificationChannel> channels) {
        this.channels = Set.copyOf(channels);
    }

    /** Takes every channel. */
    public static LoggingSender allChannels() {
        return new LoggingSender(EnumSet.allOf(NotificationChannel.class));
    }

    /** Takes only the given channels. */
    public static LoggingSender of(NotificationChannel... channels) {
        return new LoggingSender(EnumSet.copyOf(List.of(channels)));
    }

    @Override
    public Set<NotificationChannel> channels() {
        return channels;
    }

    @Override
    public void send(Notification n, RenderedMessage m) {
        log.info("{} to {} [{}]{}\n{}", n.channel(), n.recipient(), n.idempotencyKey(),
                m.subject() == null ? "" : " " + m.subject(), m.text());
    }
}
