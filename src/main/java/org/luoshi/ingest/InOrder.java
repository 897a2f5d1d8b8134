package org.luoshi.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Maps a sequence on all cores while keeping its order: items are taken {@code batch} at a time, mapped in parallel,
 * and handed out in the order they came, so at most one batch of results is held at once.
 */
final class InOrder {
    private InOrder() {
    }

    /**
     * @param source the items, read lazily
     * @param batch  how many items are mapped together (at least 1)
     * @param f      the mapping, safe to call from several threads; an unchecked exception it throws reaches the caller
     * @return the mapped items, in the order of {@code source}
     */
    static <T, R> Iterator<R> map(Iterator<T> source, int batch, Function<T, R> f) {
        return new Iterator<>() {
            private Iterator<R> mapped = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!mapped.hasNext() && source.hasNext()) {
                    List<T> items = new ArrayList<>(batch);
                    while (source.hasNext() && items.size() < batch) {
                        items.add(source.next());
                    }
                    mapped = items.parallelStream().map(f).toList().iterator();
                }
                return mapped.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return mapped.next();
            }
        };
    }
}
