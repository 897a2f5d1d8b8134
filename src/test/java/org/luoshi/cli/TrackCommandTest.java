package org.luoshi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code luoshi track} over an ingest of the seeds and the national items (read from ../shared). */
class TrackCommandTest {

    @Test
    void yunchengReceivedNationalInstructionsAndRelayedSome(@TempDir Path data) throws Exception {
        Path national = TestCorpus.shared("corpus/national");
        CommandRunner.Run in = CommandRunner.run("ingest", TestCorpus.corpus().toString(), national.toString(), "--data", data.toString());
        assertEquals(0, in.exitCode(), in.out() + in.err());
        CommandRunner.Run r = CommandRunner.run("track", "--unit", "运城", "--data", data.toString(), "--status", "relayed",
                "--as-of", "2019-12-31");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("[已传达]"), r.out());
        CommandRunner.Run j = CommandRunner.run("track", "--unit", "運城市", "--data", data.toString(), "--format", "json", "--as-of", "2020-01-01");
        JsonNode root = Json.mapper().readTree(j.out());
        assertEquals("2020-01-01", root.get("as_of").asText());
        assertTrue(root.get("unit").get("name").asText().contains("运城市"));
        assertTrue(root.get("rows").size() > 0);
        for (JsonNode row : root.get("rows")) {
            assertTrue(row.has("directive") && row.has("from_unit") && row.has("status") && row.has("deadline") && row.has("evidence")
                    && row.has("meeting") && row.has("speaker"), row.toString());
        }
        CommandRunner.Run csv = CommandRunner.run("track", "--unit", "运城", "--data", data.toString(), "--format", "csv", "--as-of", "2019-12-31");
        assertTrue(csv.out().startsWith("\uFEFF状态,指示,下达单位"), csv.out());
        assertTrue(csv.out().contains("山西省/运城市（市级）"), "the receiving unit with its level in Chinese: " + csv.out());
        for (String[] bad : new String[][] {{"--status", "bogus", "已传达"}, {"--as-of", "abc", "年-月-日"}, {"--format", "xml", "table"}}) {
            CommandRunner.Run b = CommandRunner.run("track", "--unit", "运城", "--data", data.toString(), bad[0], bad[1]);
            assertEquals(ExitCodes.USAGE, b.exitCode(), String.join(" ", bad));
            assertTrue(b.err().contains(bad[2]), b.err());
        }
        String id = root.get("rows").get(0).get("directive").asText();
        CommandRunner.Run lineage = CommandRunner.run("track", "--directive", id, "--data", data.toString());
        assertTrue(lineage.out().contains("运城市"), lineage.out());
    }

    @Test
    void missingLedgerSaysWhichCommandBuildsIt(@TempDir Path empty) {
        CommandRunner.Run r = CommandRunner.run("track", "--unit", "运城", "--data", empty.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("./luoshi ingest"), r.err());
        CommandRunner.Run bad = CommandRunner.run("track", "--directive", "nope", "--data", empty.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("指示编号"), bad.err());
    }
}
