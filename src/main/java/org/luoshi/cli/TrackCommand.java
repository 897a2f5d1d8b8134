package org.luoshi.cli;

import org.luoshi.track.LedgerFormats;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;
import org.luoshi.track.IndexedDirectives;
import org.luoshi.track.Lineage;
import org.luoshi.track.LinkFile;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.model.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code luoshi track}: the instructions from above a unit received and their status, or one instruction's lineage. */
@Command(name = "track", mixinStandardHelpOptions = true,
        description = {"What an office asks first: the instructions from higher units that this unit received, with status "
            + "(relayed, reported_done, overdue, open), deadline and evidence; or, with --directive, one instruction's "
            + "lineage down the levels. Reads DATA/ledger.jsonl (written by ingest)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (also when nothing matched)", "2:wrong usage or no ledger"})
final class TrackCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    static final class Target {
        @Option(names = "--unit", paramLabel = "NAME|CODE", description = "A unit by name, short form or GB/T 2260 code (运城, 運城市, 1408).")
        String unit;

        @Option(names = "--directive", paramLabel = "ID", description = "One directive (docid#n): its lineage down the levels.")
        String directive;
    }

    @Mixin
    DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for 'overdue' (default: today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--status", split = ",", description = "Only these statuses: relayed, reported_done, overdue, open.")
    List<String> status;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path generation = data.current();
        Path ledger = generation.resolve("ledger.jsonl");
        if (!Files.isRegularFile(ledger)) {
            System.err.println("luoshi track: no ledger at " + ledger + "; build it with './luoshi ingest PATH... --data " + data.data + "'");
            return ExitCodes.USAGE;
        }
        List<LedgerRow> rows = new ArrayList<>(target.directive != null
                ? LedgerQuery.forDirective(ledger, target.directive, asOf.toString(), status)
                : LedgerQuery.forUnit(ledger, target.unit, asOf.toString(), status));
        if (target.directive != null) {
            return lineage(out, rows, generation);
        }
        switch (format) {
            case json -> json(out, rows);
            case csv -> csv(out, rows);
            default -> table(out, rows);
        }
        return ExitCodes.OK;
    }

    private void table(PrintStream out, List<LedgerRow> rows) {
        if (rows.isEmpty()) {
            out.println("no instructions from above for '" + target.unit + "'" + (status == null ? "" : " with status " + status)
                    + " in the ledger (is the unit in the ingested corpus?)");
            return;
        }
        out.println(rows.get(0).unitName() + " — instructions from above, as of " + asOf);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LedgerRow r : rows) {
            String st = r.statusAsOf(asOf.toString());
            counts.merge(st, 1, Integer::sum);
            out.printf(Locale.ROOT, "[%s] %s %s%s%n    %s%n", st, r.directive(), r.date() == null ? "" : r.date(),
                    r.deadlineType() == null ? "" : "  deadline: " + r.deadlineType() + (r.deadlineValue() == null ? "" : " " + r.deadlineValue()),
                    r.text());
            for (String e : r.evidence()) {
                out.println("    evidence: " + e);
            }
        }
        out.println(rows.size() + " rows: " + counts);
    }

    private void json(PrintStream out, List<LedgerRow> rows) throws Exception {
        out.println(LedgerFormats.json(target.unit, rows, asOf.toString()));
    }

    private void csv(PrintStream out, List<LedgerRow> rows) {
        out.print(LedgerFormats.csv(rows, asOf.toString()));
    }

    private int lineage(PrintStream out, List<LedgerRow> rows, Path generation) throws Exception {
        Lineage.Node root;
        try (DirectiveSearcher s = new DirectiveSearcher(generation.resolve("index"))) {
            root = Lineage.build(target.directive, new IndexedDirectives(s), LinkFile.relays(generation.resolve("links.jsonl")), rows,
                    asOf.toString());
        } catch (MissingIndexException e) {
            System.err.println("luoshi track: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (root == null) {
            out.println("no directive " + target.directive + " in the index or the ledger");
        } else if (format == Format.json) {
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            Lineage.lines(root).forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
