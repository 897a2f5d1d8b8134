package org.luoshi.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.extract.InputDocument;
import org.luoshi.extract.InputReader;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splits of JSONL exports are read from their byte offsets and give exactly what reading the whole file gives. */
class InputSplitsTest {
    @TempDir
    Path dir;

    private static String export(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            if (i == 7) {
                b.append("not json\n");
            } else if (i == 8) {
                b.append("\n");
            } else {
                b.append("{\"text\":\"第").append(i).append("条：要加强安全生产。\\n多行\",\"date\":\"2019-11-22\"}\n");
            }
        }
        return b.toString();
    }

    private static List<String> readSplits(List<String> splits) throws Exception {
        List<String> got = new ArrayList<>();
        for (String s : splits) {
            InputSplits.Split sp = InputSplits.parse(s);
            if (sp.seekable()) {
                InputReader.readFrom(Path.of(sp.file()), sp.offset(), sp.name(), sp.fromLine(), sp.toLine(),
                        d -> got.add(d.source() + " " + d.text()), (src, why) -> got.add(src + " refused: " + why));
            } else {
                InputReader.read(Path.of(sp.name()), sp.fromLine(), sp.toLine(),
                        d -> got.add(d.source() + " " + d.text()), (src, why) -> got.add(src + " refused: " + why));
            }
        }
        return got;
    }

    private static List<String> readWhole(Path f) throws Exception {
        List<String> got = new ArrayList<>();
        InputReader.read(f, (InputDocument d) -> got.add(d.source() + " " + d.text()), (src, why) -> got.add(src + " refused: " + why));
        return got;
    }

    @Test
    void plainAndCompressedExportsSplitAtLineBoundaries() throws Exception {
        for (int lines : new int[] {0, 1, 999, 1000, 1001, 2500}) {
            String content = export(lines);
            Path plain = dir.resolve("e" + lines + ".jsonl");
            Files.writeString(plain, content, StandardCharsets.UTF_8);
            Path gz = dir.resolve("e" + lines + ".jsonl.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            List<String> splits = InputSplits.of(plain, dir.resolve("scratch"));
            assertEquals(Math.max(1, (lines + InputSplits.LINES_PER_SPLIT - 1) / InputSplits.LINES_PER_SPLIT), splits.size(), lines + " lines");
            assertEquals(readWhole(plain), readSplits(splits), "plain, " + lines + " lines");
            List<String> gzSplits = InputSplits.of(gz, dir.resolve("scratch"));
            assertEquals(splits.size(), gzSplits.size());
            List<String> fromGz = readSplits(gzSplits);
            assertEquals(readWhole(gz), fromGz, "compressed, " + lines + " lines");
            assertTrue(fromGz.stream().allMatch(x -> x.startsWith(gz.toString() + ":")), "documents keep the export's name");
        }
    }

    @Test
    void aDamagedCompressedExportIsOneSplitThatItsReaderRefuses() throws Exception {
        Path bad = dir.resolve("bad.jsonl.gz");
        Files.write(bad, new byte[] {31, (byte) 139, 8, 0, 1, 2, 3});
        List<String> splits = InputSplits.of(bad, dir.resolve("scratch"));
        assertEquals(1, splits.size());
        assertEquals(bad.toString(), InputSplits.parse(splits.get(0)).name());
    }
}
