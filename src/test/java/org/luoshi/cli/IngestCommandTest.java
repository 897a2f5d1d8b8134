package org.luoshi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.ingest.Generations;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code luoshi ingest} as an operator meets it: wrong options refused before any work, inputs found through
 * symbolic links (loops reported), other file types listed, standard input read, progress on stderr and the summary
 * on stdout, exit 1 while anything named is quarantined.
 */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static final String A = "全县安全生产工作会议召开。县委书记景文新要求，要立即开展安全大检查。";

    @Test
    void badOptionsExitTwoBeforeAnyWork() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(dir.resolve("a.txt"), A);
        CommandRunner.Run bad = CommandRunner.run("ingest", dir.resolve("a.txt").toString(), "--data", data.toString(), "--noSuchOption=3");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("noSuchOption"), bad.err());
        CommandRunner.Run pipeline = CommandRunner.run("ingest", dir.resolve("a.txt").toString(), "--data", data.toString(),
                "--pipeline", dir.resolve("missing.json").toString());
        assertEquals(2, pipeline.exitCode(), pipeline.err());
        CommandRunner.Run negative = CommandRunner.run("ingest", dir.resolve("a.txt").toString(), "--data", data.toString(), "--maxBytes=-1");
        assertEquals(2, negative.exitCode(), negative.err());
        assertFalse(Files.exists(data), "nothing was done");
    }

    @Test
    void linkedDirectoriesLoopsOtherTypesAndStandardInput() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Files.writeString(real.resolve("a.txt"), A);
        Files.writeString(real.resolve("notes.md"), "# notes");
        Files.writeString(real.resolve("table.xlsx"), "x");
        Files.createSymbolicLink(real.resolve("loop"), dir.resolve("real"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        Path data = dir.resolve("data");
        InputStream saved = System.in;
        CommandRunner.Run run;
        try {
            System.setIn(new ByteArrayInputStream(("{\"id\":\"s1\",\"text\":\"全市安全生产会议召开。市长要求，各级各部门要严格落实安全生产责任。\"}\n")
                    .getBytes(StandardCharsets.UTF_8)));
            run = CommandRunner.run("ingest", linked.toString(), "-", "--data", data.toString());
        } finally {
            System.setIn(saved);
        }
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String quarantine = Files.readString(Generations.current(data).resolve("quarantine.jsonl"));
        assertTrue(quarantine.contains("symbolic link loop"), quarantine);
        String documents = Files.readString(Generations.current(data).resolve("documents.jsonl"));
        assertTrue(documents.contains(real.resolve("a.txt").toRealPath().toString()), "found through the link, named by its real path");
        assertTrue(documents.contains("\"-#s1\""), "standard input is the input '-': " + documents);
        assertTrue(run.out().contains("2 files of other types skipped"), run.out());
        assertTrue(run.out().contains("notes.md") && run.out().contains("table.xlsx"), run.out());
        assertTrue(run.err().contains("ingest: phase commit"), "phases on stderr: " + run.err());
        assertFalse(run.out().contains("phase"), "stdout holds the summary only: " + run.out());
    }
}
