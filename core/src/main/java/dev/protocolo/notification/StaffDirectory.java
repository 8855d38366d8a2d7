package dev.protocolo.notification;

/**
 * SPI: where to reach the host's staff. The notification policy asks it for the e-mail address of the agent
 * or team that just became responsible for an order. Implementations must be thread-safe and fast (they
 * run inside the command's unit of work): typically a lookup in the host's own user cache.
 */
@FunctionalInterface
public interface StaffDirectory {
    /** Nobody can be reached: staff notifications are recorded as skipped. */
    StaffDirectory NONE = (audience, id) -> null;

    /**
     * The e-mail address of an agent (by agent id) or a team (by team code), or {@code null} if unknown.
     *
     * @param audience {@link Audience#AGENT} or {@link Audience#TEAM}
     * @param id       the agent id or team code
     */
    String emailOf(Audience audience, String id);
}
