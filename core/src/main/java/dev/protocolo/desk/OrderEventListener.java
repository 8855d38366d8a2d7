package dev.protocolo.desk;

/**
 * Receives an {@link OrderEvent} for every committed step, on the thread that ran the command, after
 * commit. A listener that throws is logged and does not affect the command or other listeners. Must be
 * thread-safe if the desk is used from several threads.
 */
@FunctionalInterface
public interface OrderEventListener {
    void onEvent(OrderEvent event);
}
