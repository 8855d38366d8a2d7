package dev.protocolo.benchmarks.jmh;

import dev.protocolo.protocol.ProtocolContext;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.protocol.ProtocolNumber;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Formatting a protocol number with its Damm check digit and parsing (and checking) a typed one, with the
 * yearly format ({@code 2026000123-8}). The inputs cycle through 1024 different numbers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ProtocolNumberBenchmark {
    private final ProtocolFormat format = ProtocolFormat.yearly();
    private final ProtocolContext context = new ProtocolContext("acme", "general", LocalDate.of(2026, 3, 2));
    private final String[] typed = new String[1024];
    private int next;

    @Setup
    public void numbers() {
        for (int i = 0; i < typed.length; i++) {
            typed[i] = format.format(context, 1 + i * 977L).value();
        }
    }

    @Benchmark
    public ProtocolNumber format() {
        next = (next + 1) & 1023;
        return format.format(context, 1 + next * 977L);
    }

    @Benchmark
    public ProtocolNumber parseAndCheck() {
        next = (next + 1) & 1023;
        return format.parse(typed[next]);
    }
}
