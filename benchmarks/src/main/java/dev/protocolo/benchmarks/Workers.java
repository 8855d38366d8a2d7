package dev.protocolo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code total} numbered tasks on {@code threads} threads that start together, and measures the wall
 * time and the bytes the worker threads allocated. Prints a progress line every few seconds.
 */
final class Workers {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final ThreadLocal<Integer> WORKER = ThreadLocal.withInitial(() -> 0);

    private Workers() {
    }

    /** The number (0 to threads - 1) of the worker thread running the current task. */
    static int worker() {
        return WORKER.get();
    }

    /** One task; {@code index} runs from 0 to total - 1, each index exactly once. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws Exception;
    }

    /** Wall time of a run and the bytes its worker threads allocated. */
    record Result(int tasks, double seconds, long allocatedBytes) {
        double perSecond() {
            return tasks / seconds;
        }

        double bytesPerTask() {
            return (double) allocatedBytes / tasks;
        }
    }

    static Result run(String label, int threads, int total, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong allocated = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int number = t;
            Thread w = new Thread(() -> {
                WORKER.set(number);
                ready.countDown();
                try {
                    start.await();
                    long before = THREADS.getCurrentThreadAllocatedBytes();
                    try {
                        for (int i = next.getAndIncrement(); i < total && failure.get() == null; i = next.getAndIncrement()) {
                            task.run(i);
                            done.incrementAndGet();
                        }
                    } finally {
                        allocated.addAndGet(THREADS.getCurrentThreadAllocatedBytes() - before);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-worker-" + t);
            workers.add(w);
            w.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        start.countDown();
        long lastReport = t0;
        for (Thread w : workers) {
            while (w.isAlive()) {
                w.join(500);
                long now = System.nanoTime();
                if (now - lastReport > 5_000_000_000L) {
                    lastReport = now;
                    System.err.printf("  … %s: %d/%d (%.0f/s)%n", label, done.get(), total, done.get() / ((now - t0) / 1e9));
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(label + " failed", failure.get());
        }
        return new Result(total, seconds, allocated.get());
    }
}
