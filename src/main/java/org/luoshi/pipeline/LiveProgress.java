package org.luoshi.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run-wide counts of documents as they pass the stages, for a progress line every few seconds while a run in this JVM
 * (DirectRunner, embedded Flink) goes on: documents done (extracted or quarantined) of the total, rate and time left.
 * The counts start at zero once per ingest run, not per group of slices, so they only grow. On a cluster the workers'
 * counts are not seen here; Beam's own metrics, printed at the end, are the account there.
 */
final class LiveProgress {
    static final AtomicLong READ = new AtomicLong();
    static final AtomicLong NORMALIZED = new AtomicLong();
    static final AtomicLong EXTRACTED = new AtomicLong();
    static final AtomicLong QUARANTINED = new AtomicLong();

    private LiveProgress() {
    }

    /**
     * Sets the counts to zero and starts a daemon thread that prints them every {@code seconds} until the returned
     * thread is interrupted.
     *
     * @param total documents expected (for the ETA); 0 when unknown
     */
    static Thread start(PrintStream out, int seconds, long total) {
        READ.set(0);
        NORMALIZED.set(0);
        EXTRACTED.set(0);
        QUARANTINED.set(0);
        long started = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(seconds * 1000L);
                    out.println(line(total, (System.nanoTime() - started) / 1e9));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Documents done (or 1 % of the total, if less) before the time left is estimated. */
    private static final long ESTIMATE_AFTER = 500;

    /** "extract: 12,345 of 74,542 documents (16.6 %), 1,234/s, about 50 s left; 12 quarantined". */
    static String line(long total, double secs) {
        long done = EXTRACTED.get() + QUARANTINED.get();
        double rate = done / Math.max(secs, 1e-3);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "ingest: phase extract: %,d", done));
        if (total > 0) {
            b.append(String.format(Locale.ROOT, " of %,d documents (%.1f %%)", total, 100.0 * done / total));
        } else {
            b.append(" documents");
        }
        b.append(String.format(Locale.ROOT, ", %,.0f/s", rate));
        if (total > 0 && rate > 0 && done < total && done >= Math.min(ESTIMATE_AFTER, total / 100)) {
            b.append(String.format(Locale.ROOT, ", about %s left", duration((total - done) / rate)));
        } else if (done < total) {
            b.append(", time left not yet known"); // the first seconds (start-up, JIT) say nothing of the rate
        }
        b.append(String.format(Locale.ROOT, "; %,d read, %,d normalized, %,d quarantined", READ.get(), NORMALIZED.get(), QUARANTINED.get()));
        return b.toString();
    }

    static String duration(double s) {
        long secs = Math.round(s);
        return secs < 120 ? secs + " s" : secs < 7200 ? secs / 60 + " min " + secs % 60 + " s" : secs / 3600 + " h " + secs % 3600 / 60 + " min";
    }
}
