package dev.protocolo.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-lifecycle throughput on real databases: every order is opened, assigned, forwarded, put on hold and
 * resolved — five committed units of work, each with its history entry and outbox rows — through the
 * library and through a hand-written plain-JDBC baseline that writes the same rows ({@link NaiveJdbcLifecycle}).
 * Both run in the same process on the same pool, alternating, after a warm-up; the median of the repetitions
 * is printed with the round trips per command (counted by {@link CountingDataSource}) and the bytes the
 * worker threads allocated per order.
 *
 * <p>Options: {@code --db=h2,postgresql,mariadb --threads=1,2,4 --orders=2000 --reps=3 --warmup=1}.
 */
public final class LifecycleThroughput {
    static final String PREFIX = "bench_";

    private LifecycleThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db", "h2,postgresql,mariadb");
        defaults.put("threads", "1,2,4");
        defaults.put("orders", "2000");
        defaults.put("reps", "3");
        defaults.put("warmup", "1");
        Options o = Options.parse(args, defaults);
        System.out.println("# lifecycle throughput: " + o.describe());
        System.out.println("# one order = open + assign + forward + wait + resolve = 5 units of work;"
                + " per order 1 order insert, 4 order updates, 5 history rows, 10 outbox rows, 1 series increment");
        List<Integer> threadCounts = o.integers("threads");
        int maxThreads = Collections.max(threadCounts);
        int orders = o.integer("orders");
        int reps = o.integer("reps");
        int warmup = o.integer("warmup");
        List<String> rows = new ArrayList<>();
        for (Database db : Database.reachable(o.list("db"))) {
            try (HikariDataSource pool = db.pool("bench-" + db.name(), maxThreads + 2)) {
                CountingDataSource counting = new CountingDataSource(pool);
                Database.prepare(pool, PREFIX); // creates the tables once
                // One clock for both sides, so they stamp the same kind of times (and a series of the same year).
                Clock clock = Clock.systemUTC();
                LifecycleSubject library = new LibraryLifecycle(counting.dataSource(), PREFIX, clock);
                LifecycleSubject baseline = new NaiveJdbcLifecycle(counting.dataSource(), PREFIX, db.name().equals("mariadb"), clock);
                for (int threads : threadCounts) {
                    String label = db.name() + " " + threads + "t";
                    for (int w = 0; w < warmup; w++) {
                        measure(library, counting, label + " warm-up library", threads, orders, true);
                        measure(baseline, counting, label + " warm-up baseline", threads, orders, true);
                    }
                    Series lib = new Series();
                    Series base = new Series();
                    long[] libRows = null;
                    long[] baseRows = null;
                    for (int r = 1; r <= reps; r++) {
                        String rep = " rep " + r + "/" + reps;
                        lib.lifecycle.add(measure(library, counting, label + " library lifecycle" + rep, threads, orders, true));
                        libRows = Database.rowCounts(pool, PREFIX);
                        base.lifecycle.add(measure(baseline, counting, label + " baseline lifecycle" + rep, threads, orders, true));
                        baseRows = Database.rowCounts(pool, PREFIX);
                        lib.opens.add(measure(library, counting, label + " library opens" + rep, threads, orders, false));
                        base.opens.add(measure(baseline, counting, label + " baseline opens" + rep, threads, orders, false));
                    }
                    if (!Arrays.equals(libRows, baseRows)) {
                        System.out.println("# WARNING " + label + ": row counts differ, library " + Arrays.toString(libRows)
                                + " baseline " + Arrays.toString(baseRows));
                    }
                    String libLine = lib.line(db.name(), threads, "library");
                    String baseLine = base.line(db.name(), threads, "plain JDBC");
                    String ratio = String.format("| %s | %d | library / plain JDBC | %.2f× | %.2f× | | | | |", db.name(), threads,
                            lib.ordersPerSecond() / base.ordersPerSecond(), lib.opensPerSecond() / base.opensPerSecond());
                    System.out.println(libLine);
                    System.out.println(baseLine);
                    System.out.println(ratio);
                    System.out.println("#   rows after one run [orders, history, outbox, sequences]: library "
                            + Arrays.toString(libRows) + ", plain JDBC " + Arrays.toString(baseRows));
                    rows.add(libLine);
                    rows.add(baseLine);
                    rows.add(ratio);
                }
                Database.truncate(pool, PREFIX);
            }
        }
        System.out.println();
        System.out.println("| database | threads | subject | orders/s (full lifecycle) | opens/s | round trips per command"
                + " (statements + commits) | of which commits | auto-commit switches per command | KiB allocated per order |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /** One timed run after a reset; counts round trips of the run only. */
    private static Run measure(LifecycleSubject s, CountingDataSource counting, String label, int threads, int orders,
                               boolean lifecycle) throws Exception {
        s.reset();
        CountingDataSource.Counts before = counting.counts();
        Workers.Result r = Workers.run(label, threads, orders, i -> {
            if (lifecycle) {
                s.lifecycle(i);
            } else {
                s.open(i);
            }
        });
        CountingDataSource.Counts used = counting.counts().minus(before);
        return new Run(r, used, orders * (lifecycle ? 5 : 1));
    }

    private record Run(Workers.Result result, CountingDataSource.Counts counts, int commands) {
    }

    /** The repetitions of one subject at one thread count. */
    private static final class Series {
        final List<Run> lifecycle = new ArrayList<>();
        final List<Run> opens = new ArrayList<>();

        double ordersPerSecond() {
            return Stats.median(lifecycle.stream().map(r -> r.result().perSecond()).toList());
        }

        double opensPerSecond() {
            return Stats.median(opens.stream().map(r -> r.result().perSecond()).toList());
        }

        String line(String db, int threads, String subject) {
            Run last = lifecycle.get(lifecycle.size() - 1);
            double perCommand = (double) last.counts().roundTrips() / last.commands();
            double commits = (double) last.counts().commits() / last.commands();
            double switches = (double) last.counts().autoCommitSwitches() / last.commands();
            double kib = Stats.median(lifecycle.stream().map(r -> r.result().bytesPerTask() / 1024).toList());
            return String.format("| %s | %d | %s | %.0f | %.0f | %.2f | %.2f | %.2f | %.0f |", db, threads, subject,
                    ordersPerSecond(), opensPerSecond(), perCommand, commits, switches, kib);
        }
    }
}
