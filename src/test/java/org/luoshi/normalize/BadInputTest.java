package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.model.NormalizedDocument;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that are not clean documents get a clear error naming the source, or a correct result. */
class BadInputTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void emptyFile() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> normalizer.normalize("empty.txt", new byte[0]));
        assertTrue(e.getMessage().startsWith("empty.txt: 空文件"), e.getMessage());
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> normalizer.normalize("x.png", png));
        assertTrue(e.reason().contains("binary"), e.getMessage());
    }

    @Test
    void randomBinaryWithoutNulBytes() {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                b[i] = 1;
            }
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> normalizer.normalize("noise.bin", b));
        assertTrue(e.getMessage().startsWith("noise.bin: "), e.getMessage());
    }

    @Test
    void truncatedUtf8KeepsWhatIsComplete() throws Exception {
        byte[] full = "安全生产工作会议召开。要立即开展安全大检查。".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 2);
        NormalizedDocument d = normalizer.normalize("cut.txt", cut);
        assertEquals("安全生产工作会议召开。要立即开展安全大检查", d.text());
        assertEquals("UTF-8", d.quality().encoding());
        assertTrue(d.quality().damagedSpans().stream().anyMatch(s -> s.kind().equals("truncated")));
    }

    @Test
    void fiftyMegabytesIsRefusedQuickly() {
        byte[] seed = TestCorpus.bytes(TestCorpus.seeds().get(0));
        byte[] big = new byte[50 * 1024 * 1024];
        for (int i = 0; i < big.length; i += seed.length) {
            System.arraycopy(seed, 0, big, i, Math.min(seed.length, big.length - i));
        }
        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(UnreadableInputException.class, () -> normalizer.normalize("big.txt", big)));
        assertTrue(e.reason().contains("too large"), e.getMessage());
    }

    @Test
    void whiteSpaceOnly() {
        assertThrows(UnreadableInputException.class, () -> normalizer.normalize("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16BomWithOddLengthIsAnError() {
        byte[] b = {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x42};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> normalizer.normalize("odd.txt", b));
        assertTrue(e.reason().contains("UTF-16"), e.getMessage());
    }
}
