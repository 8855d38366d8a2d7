package dev.protocolo.jdbc;

/**
 * How protocol numbers are allocated from the shared counter table. Both are unique across every JVM
 * that uses the same database. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #GAP_FREE} (default): the counter row is incremented inside the command's own
 *       transaction and stays locked until it commits, so a rolled back opening gives its number back and
 *       the series has no holes. Openings of one series are serialized across the cluster; that is the
 *       price of no gaps.</li>
 *   <li>{@link #blocks(int)}: each node reserves {@code size} numbers at a time in a separate short
 *       transaction and hands them out from memory. Openings never wait on each other, but numbers are
 *       lost when an opening rolls back or a node stops with part of a block unused, and numbers from
 *       different nodes interleave out of opening order.</li>
 * </ul>
 */
public final class SequenceStrategy {
    /** Row-locked increment in the caller's transaction; no gaps. */
    public static final SequenceStrategy GAP_FREE = new SequenceStrategy(0);

    private final int blockSize;

    private SequenceStrategy(int blockSize) {
        this.blockSize = blockSize;
    }

    /** Reserves {@code size} (1 to 100000) numbers per round trip; gaps are allowed. */
    public static SequenceStrategy blocks(int size) {
        if (size < 1 || size > 100_000) {
            throw new IllegalArgumentException("block size must be between 1 and 100000, was " + size);
        }
        return new SequenceStrategy(size);
    }

    /** Whether this is {@link #GAP_FREE}. */
    public boolean gapFree() {
        return blockSize == 0;
    }

    /** Numbers reserved per round trip; 0 for {@link #GAP_FREE}. */
    public int blockSize() {
        return blockSize;
    }

    @Override
    public String toString() {
        return gapFree() ? "GAP_FREE" : "BLOCKS(" + blockSize + ")";
    }
}
