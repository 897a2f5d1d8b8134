package org.luoshi.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The index of a data directory for a long-running reader ({@code serve}): one SearcherManager, refreshed at most
 * every {@value #REFRESH_MILLIS} ms when a search asks, so a commit of an ingest (in this process or another) is seen
 * within that time and searches meanwhile share one reader and its facet ordinals. Where the index is comes from
 * {@link IndexLocation}; when that changes, the next search opens the new place. Thread-safe.
 */
public final class LiveIndex implements Closeable {
    public static final long REFRESH_MILLIS = 500;

    private final Path data;
    private Held held;
    private volatile long lastCheck;

    private record Held(Path dir, Directory directory, SearcherManager manager) {
    }

    public LiveIndex(Path data) {
        this.data = data;
    }

    /**
     * A searcher over the last commit; close it (try-with-resources) to hand its reader back.
     *
     * @throws MissingIndexException while there is no index
     */
    public DirectiveSearcher acquire() throws IOException, MissingIndexException {
        Held h = current();
        long now = System.currentTimeMillis();
        if (now - lastCheck >= REFRESH_MILLIS) {
            lastCheck = now;
            h.manager().maybeRefresh();
        }
        IndexSearcher s = h.manager().acquire();
        return new DirectiveSearcher((FacetSearcher) s, () -> {
            try {
                h.manager().release(s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Sees the last commit now (for a writer in this process that has just committed). */
    public void refresh() throws IOException, MissingIndexException {
        current().manager().maybeRefreshBlocking();
    }

    private synchronized Held current() throws IOException, MissingIndexException {
        Path dir = IndexLocation.of(data);
        if (held != null && held.dir().equals(dir)) {
            return held;
        }
        Directory d = IndexLocation.open(dir);
        Held next = new Held(dir, d, new SearcherManager(d, FacetSearcher.FACTORY));
        Held old = held;
        held = next;
        if (old != null) {
            old.manager().close(); // readers still acquired stay open until released
        }
        return next;
    }

    @Override
    public synchronized void close() throws IOException {
        if (held != null) {
            held.manager().close();
            held.directory().close();
            held = null;
        }
    }
}
