package org.luoshi.cli;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchHit;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;
import org.luoshi.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code luoshi search}: ranked directives (or documents) with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches directives (or documents with --docs), Simplified or Traditional, Lucene query syntax "
            + "(AND/OR/NOT, \"phrases\", parentheses). Matched words are marked 【】; facet counts follow the hits."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (also when nothing matched)", "2:bad query syntax, bad option, or no index"})
final class SearchCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query (omit or '*' for all, with filters).")
    String query = "*";

    @Option(names = "--level", description = "national, province, city, county, district or township.")
    String level;

    @Option(names = "--region", description = "A division name, short form or GB/T 2260 code (运城, 山西省, 1408).")
    String region;

    @Option(names = "--from", paramLabel = "YEAR", description = "From this year on (meeting or publication date).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Up to this year.")
    Integer to;

    @Option(names = "--sector", description = "A sector of the controlled list (危险化学品, 煤矿, 消防, 综合 ...).")
    String sector;

    @Option(names = "--speaker", description = "Directives attributed to this official (name).")
    String speaker;

    @Option(names = "--deadline", description = "any, overdue (a dated deadline before --as-of), none, or a deadline type: date, before_event, recurring, immediate.")
    String deadline;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for 'overdue' (default: today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--docs", description = "Search documents instead of directives.")
    boolean docs;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (deadline != null && !SearchRequest.DEADLINE_FILTERS.contains(deadline)) {
            System.err.println("luoshi search: --deadline is one of " + SearchRequest.DEADLINE_FILTERS + ", not '" + deadline + "'");
            return ExitCodes.USAGE;
        }
        SearchRequest req = new SearchRequest(query, level, region, from, to, sector, speaker, deadline, asOf, limit, docs);
        SearchResult r;
        try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
            r = s.search(req);
        } catch (QuerySyntaxException | MissingIndexException e) {
            System.err.println("luoshi search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        switch (format) {
            case json -> out.println(Json.mapper().writeValueAsString(r));
            case csv -> csv(out, r);
            default -> table(out, r);
        }
        return ExitCodes.OK;
    }

    private void table(PrintStream out, SearchResult r) {
        if (r.total() == 0) {
            out.println("no " + (docs ? "documents" : "directives") + " match '" + query + "'" + (filters().isEmpty() ? "" : " with " + filters()));
            return;
        }
        int i = 0;
        for (SearchHit h : r.hits()) {
            i++;
            out.printf(Locale.ROOT, "%d. [%s] %s %s%s%s%n", i, nz(h.level()), nz(h.region()), nz(h.date()),
                    h.speaker() == null ? "" : "  speaker: " + h.speaker() + (h.speakerTitle() == null ? "" : " (" + h.speakerTitle() + ")"),
                    h.deadline() == null ? "" : "  deadline: " + h.deadline().type() + (h.deadline().value() == null ? "" : " " + h.deadline().value()));
            if (docs && h.title() != null) {
                out.println("   " + h.title());
            }
            out.println("   " + nz(h.snippet()).replace('\n', ' '));
            out.println("   " + h.id() + "  " + nz(h.source()));
        }
        out.printf("%d %s match; showing %d%n", r.total(), docs ? "documents" : "directives", r.hits().size());
        r.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                out.println("  " + dim + ": " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
        });
    }

    private static void csv(PrintStream out, SearchResult r) {
        out.println("id,score,level,region,date,speaker,deadline_type,deadline_value,doc,text");
        for (SearchHit h : r.hits()) {
            out.println(String.join(",", List.of(h.id(), String.format(Locale.ROOT, "%.4f", h.score()), nz(h.level()), nz(h.region()),
                    nz(h.date()), nz(h.speaker()), h.deadline() == null ? "" : h.deadline().type(),
                    h.deadline() == null ? "" : nz(h.deadline().value()), nz(h.doc()), nz(h.text() != null ? h.text() : h.snippet()))
                    .stream().map(SearchCommand::quote).toList()));
        }
    }

    private String filters() {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("level", level);
        f.put("region", region);
        f.put("from", from);
        f.put("to", to);
        f.put("sector", sector);
        f.put("speaker", speaker);
        f.put("deadline", deadline);
        return f.entrySet().stream().filter(e -> e.getValue() != null).map(e -> "--" + e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
