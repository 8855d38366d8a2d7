package dev.protocolo.benchmarks.jmh;

import dev.protocolo.customer.TaxId;
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

/** Validating a tax id as typed, with punctuation: a CPF and an alphanumeric CNPJ. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class TaxIdBenchmark {
    private String cpf = "529.982.247-25";
    private String cnpj;

    @Setup
    public void alphanumericCnpj() {
        String base = "12ABC34501DE";
        for (int d = 0; d < 100 && cnpj == null; d++) {
            String candidate = String.format("%s%02d", base, d);
            if (TaxId.isValid(candidate)) {
                cnpj = candidate.substring(0, 2) + "." + candidate.substring(2, 5) + "." + candidate.substring(5, 8) + "/"
                        + candidate.substring(8, 12) + "-" + candidate.substring(12);
            }
        }
        if (cnpj == null) {
            throw new IllegalStateException("no valid check digits for " + base);
        }
    }

    @Benchmark
    public TaxId parseCpf() {
        return TaxId.parse(cpf);
    }

    @Benchmark
    public TaxId parseAlphanumericCnpj() {
        return TaxId.parse(cnpj);
    }
}
