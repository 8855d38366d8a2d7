package dev.protocolo.benchmarks;

import java.util.Arrays;

/**
 * Entry point of the {@code bench} Maven profile: {@code Bench <name> [options]} runs one benchmark.
 * Names: {@code lifecycle}, {@code sequences}, {@code lookup}, {@code jmh} (JMH's own options follow).
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        String name = args.length == 0 ? "lifecycle" : args[0];
        String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
        switch (name) {
            case "lifecycle" -> LifecycleThroughput.main(rest);
            case "sequences" -> SequenceThroughput.main(rest);
            case "lookup" -> LookupLatency.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("unknown benchmark '" + name + "': use lifecycle, sequences, lookup or jmh");
                System.exit(2);
            }
        }
    }
}
