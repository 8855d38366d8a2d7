package dev.protocolo.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryProtocolSequenceTest {

    @Test void seriesStartAtOneAndAreIndependent() {
        InMemoryProtocolSequence seq = new InMemoryProtocolSequence();
        assertEquals(1, seq.next("acme|2026"));
        assertEquals(2, seq.next("acme|2026"));
        assertEquals(1, seq.next("acme|2027"));
        assertEquals(2, seq.current("acme|2026"));
        assertEquals(0, seq.current("other"));
    }

    @Test void sixteenThreadsGetDistinctGapFreeValues() throws Exception {
        InMemoryProtocolSequence seq = new InMemoryProtocolSequence();
        int threads = 16;
        int each = 10_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    long[] got = new long[each];
                    for (int i = 0; i < each; i++) {
                        got[i] = seq.next("acme|2026");
                    }
                    return got;
                }));
            }
            start.countDown();
            BitSet seen = new BitSet();
            int count = 0;
            for (Future<long[]> f : results) {
                for (long v : f.get()) {
                    seen.set((int) v);
                    count++;
                }
            }
            assertEquals(threads * each, count);
            // Distinct and gap-free: exactly the values 1..160000, each once.
            assertEquals(threads * each, seen.cardinality());
            assertEquals(1, seen.nextSetBit(0));
            assertEquals(threads * each, seen.length() - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
