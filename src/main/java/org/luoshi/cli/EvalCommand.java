package org.luoshi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.eval.Scorer;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code luoshi eval}: scores extraction against gold files, with the metrics of score.py. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against hand-annotated gold (one NAME.json per document), with the "
            + "definitions of SCHEMA.md 'Scoring'.",
            "Without --system it extracts on the fly from the documents the gold names, looked for in --docs."})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold NAME.json files.")
    Path gold;

    @Option(names = "--system", paramLabel = "FILE", description = "Extraction output (JSONL) to score.")
    Path system;

    @Option(names = "--docs", paramLabel = "DIR", split = ",",
            description = "Where the documents named by the gold are (walked; default: corpus and ../shared/corpus).")
    List<Path> docs = List.of(Path.of("corpus"), Path.of("../shared/corpus"));

    @Option(names = "--verbose", description = "List the misses per document.")
    boolean verbose;

    @Option(names = "--json", description = "Print one JSON summary line.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(gold)) {
            System.err.println("luoshi eval: 找不到 gold 目录（gold directory not found）: " + gold);
            return ExitCodes.USAGE;
        }
        Map<String, JsonNode> records = system != null ? load(system) : extractForGold();
        Scorer scorer = new Scorer();
        List<Path> golds;
        try (Stream<Path> s = Files.list(gold)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString();
            JsonNode goldDoc = Json.mapper().readTree(g.toFile());
            scorer.add(name, goldDoc, find(records, name), line -> {
                if (verbose) {
                    out.println(line);
                }
            });
        }
        Map<String, Object> summary = scorer.summary();
        if (json) {
            out.println(Json.mapper().writeValueAsString(summary));
        } else {
            summary.forEach((k, v) -> out.printf("%-20s %s%n", k, v));
        }
        return ExitCodes.OK;
    }

    private static Map<String, JsonNode> load(Path file) throws IOException {
        Map<String, JsonNode> recs = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode rec = Json.mapper().readTree(line);
            String src = rec.path("doc").path("source").asText("");
            recs.put(src.replaceAll(".*[/\\\\]", ""), rec);
        }
        return recs;
    }

    private Map<String, JsonNode> extractForGold() throws IOException {
        Map<String, JsonNode> recs = new HashMap<>();
        Normalizer normalizer = new Normalizer();
        DocumentExtractor extractor = new DocumentExtractor();
        List<Path> goldNames;
        try (Stream<Path> s = Files.list(gold)) {
            goldNames = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        for (Path root : docs) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String base = f.getFileName().toString();
                    boolean wanted = goldNames.stream().anyMatch(g -> base.equals(g.getFileName().toString().replace(".json", ".txt")));
                    if (!wanted || recs.containsKey(base)) {
                        continue;
                    }
                    try {
                        recs.put(base, Json.mapper().valueToTree(extractor.extract(normalizer.normalize(f.toString(), Files.readAllBytes(f)), null)));
                    } catch (UnreadableInputException e) {
                        System.err.println("未处理（rejected）  " + e.getMessage());
                    }
                }
            }
        }
        return recs;
    }

    /** The record whose source file name is NAME, NAME.txt, or starts with NAME (as score.py pairs them). */
    static JsonNode find(Map<String, JsonNode> recs, String goldName) {
        String stem = goldName.endsWith(".json") ? goldName.substring(0, goldName.length() - 5) : goldName;
        for (String key : List.of(stem, stem + ".txt")) {
            if (recs.containsKey(key)) {
                return recs.get(key);
            }
        }
        return recs.entrySet().stream().filter(e -> e.getKey().startsWith(stem)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
