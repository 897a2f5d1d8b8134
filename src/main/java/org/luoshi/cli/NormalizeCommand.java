package org.luoshi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.model.Quality;
import org.luoshi.model.TextSpan;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi normalize}: writes the normalized text and quality record of each input file. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Decodes and cleans scraped documents: web residue, pinyin glosses, damaged runs, "
            + "Traditional to Simplified.",
            "Writes NAME.txt (normalized text) and NAME.json (quality record, offset map, sentences) per input "
            + "and prints one line per file plus totals."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs normalized", "1:some inputs rejected (named with the reason)", "2:wrong usage",
            "3:output could not be written"})
final class NormalizeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or directories walked for *.txt, *.htm(l).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/normalized",
            description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Normalizer.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Override
    public Integer call() throws IOException {
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        InputFiles.Expanded inputs = InputFiles.expand(paths, InputFiles.TEXT_ENDINGS);
        for (String m : inputs.missing()) {
            o.println("未处理（rejected）  " + m + "：没有这个文件或目录（no such file or directory）");
        }
        Files.createDirectories(out);
        Normalizer normalizer = new Normalizer(maxBytes);
        int ok = 0;
        int rejected = inputs.missing().size();
        long chars = 0;
        int glosses = 0;
        int damaged = 0;
        long repaired = 0;
        long started = System.nanoTime();
        for (Path f : inputs.files()) {
            try {
                NormalizedDocument doc = normalizer.normalize(f.toString(), Files.readAllBytes(f));
                write(doc, f);
                Quality q = doc.quality();
                o.printf(Locale.ROOT, "ok        %s  %s%s chars=%d glosses=%d damaged=%d repaired=%d recovered=%d stripped=%d placeholders=%d%n",
                        f, q.encoding(), q.traditional() ? " traditional" : "", doc.text().length(), q.pinyinGlossesRemoved(),
                        q.damagedSpans().size(), q.damagedRepairedCount(), q.lostCharactersRecovered(),
                        q.stripped().size(), q.placeholders().size());
                ok++;
                chars += doc.text().length();
                glosses += q.pinyinGlossesRemoved();
                damaged += q.damagedSpans().size();
                repaired += q.damagedRepairedCount();
            } catch (UnreadableInputException e) {
                o.println("未处理（rejected）  " + e.getMessage());
                rejected++;
            } catch (IOException e) {
                o.println("未处理（rejected）  " + f + "：无法读取（cannot read）: " + e.getMessage());
                rejected++;
            }
        }
        double secs = (System.nanoTime() - started) / 1e9;
        o.printf(Locale.ROOT, "total: %d files, %d normalized, %d rejected; %d chars, %d glosses removed, %d damaged spans (%d repaired); %.2f s; output in %s%n",
                inputs.files().size() + inputs.missing().size(), ok, rejected, chars, glosses, damaged, repaired, secs, out);
        return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_REJECTED;
    }

    private void write(NormalizedDocument doc, Path f) throws IOException {
        String name = f.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Files.writeString(out.resolve(stem + ".txt"), doc.text(), StandardCharsets.UTF_8);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("source", doc.source());
        json.set("quality", Json.mapper().valueToTree(doc.quality()));
        ArrayNode runs = json.putArray("offset_map");
        for (int[] r : doc.offsets().runs()) {
            runs.addArray().add(r[0]).add(r[1]).add(r[2]);
        }
        ArrayNode sentences = json.putArray("sentences");
        for (TextSpan s : doc.sentences()) {
            sentences.addArray().add(s.start()).add(s.end());
        }
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve(stem + ".json").toFile(), json);
    }
}
