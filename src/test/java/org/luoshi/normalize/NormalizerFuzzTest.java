package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.model.NormalizedDocument;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property: on random bytes and on random mutations of the seeds the normalizer either returns a well-formed
 * result or throws its own {@link UnreadableInputException}, and it always finishes.
 */
class NormalizerFuzzTest {
    private static final int ROUNDS = 400;

    @Test
    void neverThrowsAnythingElseAndNeverLoops() {
        Normalizer normalizer = new Normalizer();
        List<byte[]> seeds = TestCorpus.seeds().stream().map(TestCorpus::bytes).toList();
        Random random = new Random(20261122);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] input = round % 4 == 0 ? randomBytes(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
                try {
                    NormalizedDocument d = normalizer.normalize("fuzz-" + round, input);
                    assertEquals(d.text().length(), d.offsets().normalizedLength());
                    d.sentences().forEach(s -> assertTrue(s.end() <= d.text().length()));
                    d.quality().damagedSpans().forEach(s -> assertTrue(s.start() < s.end() && s.end() <= d.text().length()));
                    outcomes[0]++;
                } catch (UnreadableInputException expected) {
                    assertTrue(expected.getMessage().startsWith("fuzz-" + round + ": "));
                    outcomes[1]++;
                } catch (RuntimeException | Error e) {
                    fail("round " + round + " threw " + e, e);
                }
            }
        });
        System.out.printf("fuzz: %d normalized, %d rejected%n", outcomes[0], outcomes[1]);
        assertTrue(outcomes[0] > ROUNDS / 3, "most mutated seeds still normalize");
        assertTrue(outcomes[1] > ROUNDS / 10, "random bytes are rejected");
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[1 + r.nextInt(2000)];
        r.nextBytes(b);
        return b;
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] b = Arrays.copyOf(seed, seed.length);
        int edits = 1 + r.nextInt(6);
        for (int k = 0; k < edits; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = splice(b, at, new byte[] {(byte) '?', (byte) '('});
                case 2 -> b = Arrays.copyOf(b, Math.max(1, at));
                default -> b = splice(b, at, "(wǎng)?bào)".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

}
