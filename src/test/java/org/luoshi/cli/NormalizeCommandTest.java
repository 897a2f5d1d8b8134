package org.luoshi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code luoshi normalize} end to end over corpus/ and over the study corpus in ../shared. */
class NormalizeCommandTest {

    @Test
    void normalizesTheCorpus(@TempDir Path out) throws Exception {
        CommandRunner.Run r = CommandRunner.run("normalize", TestCorpus.corpus().toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("total: 5 files, 5 normalized, 0 rejected"), r.out());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("ok ")).count());
        String county = Files.readString(out.resolve("000_f4d387b259e70188.txt"), StandardCharsets.UTF_8);
        assertTrue(county.contains("县委书记景文新"));
        String quality = Files.readString(out.resolve("000_f4d387b259e70188.json"), StandardCharsets.UTF_8);
        assertTrue(quality.contains("\"pinyin_glosses_removed\""));
        assertTrue(quality.contains("\"damaged_spans\""));
        assertTrue(quality.contains("\"offset_map\""));
    }

    @Test
    void badAndMissingInputsAreNamedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 4});
        Files.writeString(dir.resolve("good.txt"), "县委书记景文新要求，要立即开展安全大检查。", StandardCharsets.UTF_8);
        CommandRunner.Run r = CommandRunner.run("normalize", dir.toString(), dir.resolve("nope.txt").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.SOME_INPUTS_REJECTED, r.exitCode());
        assertTrue(r.out().contains("empty.txt: 空文件（empty file"), r.out());
        assertTrue(r.out().contains("binary.txt: 二进制数据"), r.out());
        assertTrue(r.out().contains("nope.txt：没有这个文件或目录"), r.out());
        assertTrue(r.out().contains("4 files, 1 normalized, 3 rejected"), r.out());
        assertTrue(r.err().isEmpty(), "no stack trace: " + r.err());
    }

    @Test
    void normalizesEveryRealDocumentOfTheStudyCorpus(@TempDir Path out) {
        Path shared = TestCorpus.shared("corpus");
        CommandRunner.Run r = CommandRunner.run("normalize", shared.toString(), "--out", out.toString());
        long files = TestCorpus.list(shared).size();
        assertTrue(files >= 79, "national and province items: " + files);
        assertEquals(ExitCodes.OK, r.exitCode(), r.out());
        assertTrue(r.out().contains(files + " normalized, 0 rejected"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"normalize", "--help"}, {"help", "normalize"}}) {
            CommandRunner.Run r = CommandRunner.run(args);
            assertEquals(0, r.exitCode());
            assertTrue(r.out().contains("Usage:"), String.join(" ", args));
        }
    }

    @Test
    void wrongUsageIsExplained() {
        CommandRunner.Run r = CommandRunner.run("normalize");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
    }
}
