package dev.protocolo.deadline;

/**
 * Hears every {@link DeadlineEvent}: the place to remind the responsible team or agent (a queue alert, an
 * e-mail, a chat message). Called on the watcher's thread; exceptions are logged and do not stop the run.
 */
@FunctionalInterface
public interface DeadlineListener {
    void onDeadline(DeadlineEvent event);
}
