package org.luoshi.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts documents per stage as they pass, for a progress line every few seconds while a run in this JVM
 * (DirectRunner, embedded Flink) goes on. On a cluster the workers' counts are not seen here; Beam's own
 * metrics, printed at the end, are the account there.
 */
final class LiveProgress {
    static final AtomicLong READ = new AtomicLong();
    static final AtomicLong NORMALIZED = new AtomicLong();
    static final AtomicLong EXTRACTED = new AtomicLong();
    static final AtomicLong QUARANTINED = new AtomicLong();

    private LiveProgress() {
    }

    /** Starts a daemon thread that prints the counts every {@code seconds} until the returned thread is interrupted. */
    static Thread start(PrintStream out, int seconds) {
        READ.set(0);
        NORMALIZED.set(0);
        EXTRACTED.set(0);
        QUARANTINED.set(0);
        long started = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(seconds * 1000L);
                    double secs = (System.nanoTime() - started) / 1e9;
                    out.printf(Locale.ROOT, "ingest: %d documents read, %d normalized, %d extracted, %d quarantined (%.0f documents/s)%n",
                            READ.get(), NORMALIZED.get(), EXTRACTED.get(), QUARANTINED.get(), EXTRACTED.get() / secs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
