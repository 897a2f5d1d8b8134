package org.luoshi.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's work with a time limit, on a worker thread of its own, so that a pathological document is
 * quarantined with its reason instead of stalling the batch. On time-out the worker is interrupted and left behind (a
 * daemon thread; a stage that does not check for interrupts finishes in the background and its result is dropped),
 * and the next document gets a fresh worker; the caller should also drop any state the abandoned work was using.
 * Not thread-safe: one per DoFn instance.
 */
final class TimeBudget {
    private final long millis;
    private ExecutorService worker;

    TimeBudget(double seconds) {
        this.millis = Math.max(1, Math.round(seconds * 1000));
    }

    /** Thrown when the work did not finish in time. */
    static final class Exceeded extends Exception {
        Exceeded(String message) {
            super(message);
        }
    }

    /**
     * @throws Exceeded when the work took longer than the budget
     * @throws Exception what the work threw
     */
    <T> T run(Callable<T> work) throws Exception {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "luoshi-document-worker");
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> f = worker.submit(work);
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = null;
            throw new Exceeded(describe());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception x) {
                throw x;
            }
            throw (Error) c;
        }
    }

    String describe() {
        return millis % 1000 == 0 ? "超过每篇文档的时间上限 " + millis / 1000 + " 秒（took longer than the budget of " + millis / 1000 + " s per document）"
                : "超过每篇文档的时间上限 " + millis + " 毫秒（took longer than the budget of " + millis + " ms per document）";
    }

    void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
