package dev.protocolo.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.jdbc.JdbcStorage;
import dev.protocolo.jdbc.SequenceStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Protocol number allocation throughput: each task is one unit of work that takes the next number of one
 * shared series through the storage's {@code sequence()} port, for each {@link SequenceStrategy}, with one
 * or two connection pools (two pools, each with its own storage, stand for two application nodes; the
 * threads are split between them). After every run the numbers are checked: all distinct and, for
 * {@code GAP_FREE}, exactly 1..n.
 *
 * <p>Options: {@code --db=h2,postgresql --strategies=gap-free,blocks-100 --threads=1,2,4 --pools=1,2
 * --allocations=5000 --reps=3 --warmup=1}.
 */
public final class SequenceThroughput {
    private static final String PREFIX = "bench_";
    private static final String SERIES = "bench|2026|{yyyy}{seq:6}-{check:damm}";

    private SequenceThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db", "h2,postgresql");
        defaults.put("strategies", "gap-free,blocks-100");
        defaults.put("threads", "1,2,4");
        defaults.put("pools", "1,2");
        defaults.put("allocations", "5000");
        defaults.put("reps", "3");
        defaults.put("warmup", "1");
        Options o = Options.parse(args, defaults);
        System.out.println("# protocol allocation throughput: " + o.describe());
        int n = o.integer("allocations");
        List<String> rows = new ArrayList<>();
        for (Database db : Database.reachable(o.list("db"))) {
            for (String s : o.list("strategies")) {
                SequenceStrategy strategy = s.equals("gap-free") ? SequenceStrategy.GAP_FREE
                        : SequenceStrategy.blocks(Integer.parseInt(s.substring(s.indexOf('-') + 1)));
                for (int pools : o.integers("pools")) {
                    for (int threads : o.integers("threads")) {
                        if (threads < pools) {
                            continue;
                        }
                        String row = run(db, strategy, pools, threads, n, o.integer("reps"), o.integer("warmup"));
                        System.out.println(row);
                        rows.add(row);
                    }
                }
            }
        }
        System.out.println();
        System.out.println("| database | strategy | pools | threads | allocations/s | round trips per allocation | numbers check |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String run(Database db, SequenceStrategy strategy, int pools, int threads, int n, int reps, int warmup)
            throws Exception {
        List<HikariDataSource> opened = new ArrayList<>();
        try {
            List<CountingDataSource> counting = new ArrayList<>();
            for (int p = 0; p < pools; p++) {
                // threads of this pool plus two: with blocks, the first reservation of a new series runs in a
                // separate transaction that itself creates the series row in another one, so one thread
                // briefly holds three connections (two are not enough: it waits for the pool's timeout)
                HikariDataSource pool = db.pool("seq-" + db.name() + "-" + p, (threads + pools - 1) / pools + 2);
                opened.add(pool);
                counting.add(new CountingDataSource(pool));
            }
            Database.prepare(opened.get(0), PREFIX);
            List<Double> rates = new ArrayList<>();
            double roundTrips = 0;
            String check = "";
            String label = db.name() + " " + strategy + " " + pools + " pool(s) " + threads + "t";
            for (int r = -warmup; r < reps; r++) {
                Database.truncate(opened.get(0), PREFIX);
                List<JdbcStorage> storages = new ArrayList<>();
                for (CountingDataSource c : counting) {
                    storages.add(JdbcStorage.builder(c.dataSource()).tablePrefix(PREFIX).sequenceStrategy(strategy).build());
                }
                long[] numbers = new long[n];
                long before = counting.stream().mapToLong(c -> c.counts().roundTrips()).sum();
                Workers.Result result = Workers.run(label + (r < 0 ? " warm-up" : " rep " + (r + 1)), threads, n, i -> {
                    JdbcStorage s = storages.get(Workers.worker() % pools);
                    numbers[i] = s.unitOfWork().execute(() -> s.sequence().next(SERIES));
                });
                long used = counting.stream().mapToLong(c -> c.counts().roundTrips()).sum() - before;
                check = check(numbers, strategy);
                if (r >= 0) {
                    rates.add(result.perSecond());
                    roundTrips = (double) used / n;
                }
            }
            return String.format("| %s | %s | %d | %d | %.0f | %.2f | %s |", db.name(), strategy, pools, threads,
                    Stats.median(rates), roundTrips, check);
        } finally {
            opened.forEach(HikariDataSource::close);
        }
    }

    private static String check(long[] numbers, SequenceStrategy strategy) {
        long[] sorted = Stats.sorted(numbers);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalStateException("number " + sorted[i] + " handed out twice");
            }
        }
        long gaps = sorted[sorted.length - 1] - sorted.length;
        if (strategy.gapFree() && (sorted[0] != 1 || gaps != 0)) {
            throw new IllegalStateException("gap-free series has gaps: " + Arrays.toString(Arrays.copyOf(sorted, 5)) + "…");
        }
        return "distinct" + (strategy.gapFree() ? ", 1..n without gaps" : ", " + gaps + " skipped below the highest");
    }
}
