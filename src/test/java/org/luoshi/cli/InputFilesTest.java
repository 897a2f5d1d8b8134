package org.luoshi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Command-line inputs: files, directories, glob patterns the shell did not expand, and what does not exist. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesDirectoriesGlobsAndMissing() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String f : new String[] {"001.txt", "002.txt", "003.html", "a/004.txt", "a/b/005.jsonl", ".hidden/006.txt", "notes.md"}) {
            Files.writeString(dir.resolve(f), "x");
        }
        Set<String> text = InputFiles.TEXT_ENDINGS;
        assertEquals(List.of(dir.resolve("001.txt"), dir.resolve("002.txt"), dir.resolve("003.html"), dir.resolve("a/004.txt")),
                InputFiles.expand(List.of(dir), text).files(), "a directory: accepted endings, hidden skipped, sorted");
        assertEquals(List.of(dir.resolve("001.txt"), dir.resolve("002.txt")),
                InputFiles.expand(List.of(Path.of(dir + "/00[12]*.txt")), text).files());
        assertEquals(List.of(dir.resolve("a/004.txt")), InputFiles.expand(List.of(Path.of(dir + "/*/*.txt")), text).files(),
                "one directory level per *");
        assertEquals(List.of(dir.resolve("a/b/005.jsonl")), InputFiles.expand(List.of(Path.of(dir + "/**.jsonl")), text).files());
        InputFiles.Expanded none = InputFiles.expand(List.of(Path.of(dir + "/*.pdf"), dir.resolve("gone.txt")), text);
        assertEquals(List.of(), none.files());
        assertEquals(List.of(dir + "/*.pdf", dir.resolve("gone.txt").toString()), none.missing(), "a glob matching nothing is reported");
    }
}
