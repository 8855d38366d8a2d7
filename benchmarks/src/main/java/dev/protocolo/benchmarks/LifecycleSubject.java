package dev.protocolo.benchmarks;

/** One way of running the {@link Scenario}: through the library or by hand-written JDBC. */
interface LifecycleSubject {
    String name();

    /** Empties the tables and gets ready for a run; not timed. */
    void reset() throws Exception;

    /** Opens order number {@code i}: one unit of work. */
    void open(int i) throws Exception;

    /** Opens order number {@code i} and takes it through the four transitions: five units of work. */
    void lifecycle(int i) throws Exception;
}
