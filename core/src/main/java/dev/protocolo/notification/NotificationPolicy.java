package dev.protocolo.notification;

import java.util.List;

/**
 * Decides which notifications one applied step produces. Called inside the command's unit of work, so
 * what it returns is stored atomically with the step. Implementations must be thread-safe and must not
 * perform I/O. {@link StandardNotificationPolicy} is the default.
 */
@FunctionalInterface
public interface NotificationPolicy {
    /** Never notifies anyone. */
    NotificationPolicy NONE = ctx -> List.of();

    /** The notifications for this step, possibly none. Skipped ones are returned with status SKIPPED. */
    List<Notification> notificationsFor(NotificationContext context);
}
