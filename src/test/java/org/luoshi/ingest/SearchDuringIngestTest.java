package org.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchRequest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searches while an ingest writes never fail and only ever see a committed state: the old count or the new. */
class SearchDuringIngestTest {

    @Test
    void searchesSeeOnlyCommittedStates(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<Path> seeds = TestCorpus.seeds();
        IngestTest.ingest(data, seeds.subList(0, 2));
        long before = IngestTest.indexed(data);
        Path extra = Files.createDirectories(dir.resolve("more"));
        List<Path> all = new ArrayList<>(seeds.subList(0, 2));
        for (int i = 2; i < seeds.size(); i++) {
            Path copy = extra.resolve(seeds.get(i).getFileName());
            Files.writeString(copy, Files.readString(seeds.get(i), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            all.add(copy);
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try (DirectiveSearcher s = new DirectiveSearcher(Generations.current(data).resolve("index"))) {
                    seen.add(s.search(SearchRequest.of("*")).total());
                    s.search(SearchRequest.of("安全生产"));
                } catch (Throwable t) {
                    failure.set(t);
                    return;
                }
            }
        });
        reader.start();
        IngestTest.ingest(data, all);
        done.set(true);
        reader.join();
        long after = IngestTest.indexed(data);
        assertNull(failure.get(), () -> "a search failed during ingest: " + failure.get());
        assertTrue(seen.stream().allMatch(c -> c == before || c == after), "counts seen " + seen + ", committed " + before + " and " + after);
    }
}
