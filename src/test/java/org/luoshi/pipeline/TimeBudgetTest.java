package org.luoshi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.ingest.Generations;
import org.luoshi.ingest.IngestRun;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document that takes too long is quarantined with its reason; the batch does not wait for it. */
class TimeBudgetTest {

    @Test
    void workOverTheBudgetIsAbandonedAndTheNextDocumentGetsAFreshWorker() throws Exception {
        TimeBudget budget = new TimeBudget(0.2);
        long t0 = System.nanoTime();
        TimeBudget.Exceeded e = assertThrows(TimeBudget.Exceeded.class, () -> budget.run(() -> {
            long x = 0;
            while (true) { // never checks for interrupts, as a pathological extraction would not
                x++;
                if (x == Long.MAX_VALUE) {
                    return x;
                }
            }
        }));
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "returned at the budget, not when the work ended");
        assertTrue(e.getMessage().contains("200 ms"), e.getMessage());
        assertEquals(42, budget.run(() -> 42));
        assertThrows(IllegalStateException.class, () -> budget.run(() -> {
            throw new IllegalStateException("the work's own failure passes through");
        }));
        budget.close();
    }

    @Test
    void aDocumentOverTheBudgetIsQuarantinedWithTheReasonAndTheBatchEnds(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("orders.txt");
        Files.writeString(big, orders(30_000), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(PipelineConfig.arguments(null));
        args.add("--secondsPerDocument=0.001");
        Path data = dir.resolve("data");
        IngestRun.Summary s = new IngestRun(data, new IngestPipeline(args),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(List.of(big), List.of());
        assertEquals(1, s.quarantined());
        JsonNode q = Json.mapper().readTree(Files.readString(Generations.current(data).resolve("quarantine.jsonl")));
        assertEquals(big.toRealPath().toString(), q.get("source").asText());
        assertTrue(q.get("reason").asText().contains("took longer than the budget of 1 ms per document"), q.toString());
    }

    /** One paragraph of orders, {@code bytes} long in UTF-8: the shape that made extraction grow faster than linear. */
    static String orders(int bytes) {
        StringBuilder b = new StringBuilder("全县安全生产工作会议召开。");
        String[] who = {"县委书记景文新", "县长李明", "副县长王强", "县应急管理局局长张伟"};
        for (int i = 0; b.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
            for (int j = 0; j < 50; j++, i++) {
                b.append(who[i % who.length]).append("要求，各乡镇、各部门要立即开展第").append(i).append("轮隐患排查，务必于6月30日前整改到位。");
            }
        }
        return b.toString();
    }

    @Test
    void aHalfMegabyteParagraphOfOrdersExtractsInUnderFiveSeconds() throws Exception {
        String text = orders(500_000);
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        x.extract(n.normalize("warm-up.txt", orders(2_000)), null); // loads the dictionaries and gazetteer once per JVM
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> x.extract(n.normalize("orders.txt", text), null));
    }
}
