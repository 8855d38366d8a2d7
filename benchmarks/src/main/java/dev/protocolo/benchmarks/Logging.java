package dev.protocolo.benchmarks;

/** Keeps the pools' and drivers' INFO logging out of the benchmark output. */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
