package org.luoshi.formula;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.PhraseUses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Mines the formulas new in a year: the candidates ({@link FormulaCandidates}) in the texts of the documents dated
 * that year (but a programme's column name, {@link FormulaCandidates#columns}), each kept when the index ({@link
 * PhraseUses}) shows its first use in that year, a use in a document dated later and a directive that carries it (a
 * phrase no directive says — a programme's title, an event's name — is news, not policy); ranked by how fast it spread — the units, then the documents, that used it in the twelve months from
 * its first use (the first included) —, then by its uses in all. A candidate that only ever occurs inside a longer one
 * (the same uses) gives way to it; a longer list or quotation containing a kept one with fewer uses is shown as its
 * longer form ({@code 党政同责、一岗双责} → {@code 党政同责、一岗双责、齐抓共管、失职追责}).
 */
public final class FormulaMiner {
    /** The window of spread after a first use, in months. */
    public static final int WINDOW_MONTHS = 12;

    /**
     * A formula new in the year: as most often written, its shape, its first use (date, document, level, region),
     * documents and units in the {@value #WINDOW_MONTHS} months from it, documents, units and directives in all, and
     * its longer forms.
     */
    @JsonPropertyOrder({"rank", "formula", "kind", "first_date", "first_doc", "first_level", "first_region", "documents_12m",
            "units_12m", "documents", "units", "directives", "longer"})
    public record Found(int rank, String formula, FormulaCandidates.Kind kind, String firstDate, String firstDoc, String firstLevel,
                        String firstRegion, @JsonProperty("documents_12m") int documents12m, @JsonProperty("units_12m") int units12m,
                        int documents, int units, long directives, List<String> longer) {
    }

    /** What a run read and found: documents of the year, distinct candidates looked up, formulas kept, the top of them. */
    @JsonPropertyOrder({"year", "documents_read", "candidates", "kept", "formulas"})
    public record Result(int year, int documentsRead, int candidates, int kept, List<Found> formulas) {
    }

    private FormulaMiner() {
    }

    /** A candidate's ways of being written and its uses once looked up. */
    private static final class Tally {
        final Map<String, Integer> surfaces = new HashMap<>();
        FormulaCandidates.Kind kind;
        List<String> terms;
        List<PhraseUses.Use> uses;
        PhraseUses.Use first;
        int documents12m;
        int units12m;
        int units;
        long directives;
        final List<String> longer = new ArrayList<>();

        String shown() {
            return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }

    /**
     * The formulas first used in {@code year} and used again later, best spread first, at most {@code top}.
     *
     * @param progress told every few thousand candidates how far the run is (in Chinese)
     */
    public static Result mine(DirectiveSearcher s, int year, int top, Consumer<String> progress) throws IOException {
        PhraseUses index = new PhraseUses(s);
        Map<String, Tally> byKey = new LinkedHashMap<>();
        Set<String> columns = new HashSet<>();
        int[] read = {0};
        index.texts(year * 10_000, year * 10_000 + 1299, (doc, text) -> {
            read[0]++;
            columns.addAll(FormulaCandidates.columns(text));
            for (FormulaCandidates.Candidate c : FormulaCandidates.in(text)) {
                Tally t = byKey.computeIfAbsent(c.text().replaceAll("[^\\p{L}\\p{N}]", ""), k -> new Tally());
                t.surfaces.merge(c.text(), 1, Integer::sum);
                if (t.kind == null || c.kind().ordinal() < t.kind.ordinal()) {
                    t.kind = c.kind(); // a list before a quotation before a numbered slogan
                }
            }
        });
        byKey.keySet().removeAll(columns);
        progress.accept(String.format("%d 年：读了 %d 篇文档，得到 %d 个候选提法，逐一查索引……", year, read[0], byKey.size()));
        List<Tally> kept = new ArrayList<>();
        int done = 0;
        for (Tally t : byKey.values()) {
            if (++done % 5000 == 0) {
                progress.accept(String.format("%d 年：已查 %d / %d 个候选，保留 %d 个", year, done, byKey.size(), kept.size()));
            }
            t.terms = PhraseUses.terms(t.shown());
            if (t.terms.size() < 2 || t.terms.size() > PhraseUses.MAX_TERMS) {
                continue;
            }
            List<PhraseUses.Use> dated = new ArrayList<>(index.documents(t.terms).stream().filter(u -> u.date() > 0).toList());
            if (dated.isEmpty()) {
                continue;
            }
            dated.sort(Formulas.ORDER);
            PhraseUses.Use first = dated.get(0);
            if (first.date() / 10_000 != year || dated.get(dated.size() - 1).date() <= first.date()) {
                continue;
            }
            t.directives = index.directiveCount(t.terms);
            if (t.directives == 0) {
                continue;
            }
            t.uses = dated;
            t.first = first;
            int end = Dates.number(Dates.day(first.date()).plusMonths(WINDOW_MONTHS));
            Set<String> units = new HashSet<>();
            Set<String> units12 = new HashSet<>();
            for (PhraseUses.Use u : dated) {
                String unit = Formulas.unit(u);
                if (u.date() <= end) {
                    t.documents12m++;
                    if (unit != null) {
                        units12.add(unit);
                    }
                }
                if (unit != null) {
                    units.add(unit);
                }
            }
            t.units12m = units12.size();
            t.units = units.size();
            kept.add(t);
        }
        List<Tally> merged = merge(kept);
        merged.sort(Comparator.comparingInt((Tally t) -> -t.units12m).thenComparingInt(t -> -t.documents12m)
                .thenComparingInt(t -> -t.uses.size()).thenComparingInt(t -> t.first.date()).thenComparing(Tally::shown));
        List<Found> out = new ArrayList<>();
        for (Tally t : merged.subList(0, Math.min(top, merged.size()))) {
            out.add(new Found(out.size() + 1, t.shown(), t.kind, Dates.iso(t.first.date()), t.first.doc(), t.first.level(), t.first.region(),
                    t.documents12m, t.units12m, t.uses.size(), t.units, t.directives, t.longer));
        }
        return new Result(year, read[0], byKey.size(), merged.size(), out);
    }

    /**
     * Candidates inside longer ones: with the same number of uses the shorter is only a piece of the longer and goes;
     * with more, the longer list or quotation is shown as its longer form and goes (a longer numbered slogan is a
     * misreading of its end and just goes).
     */
    private static List<Tally> merge(List<Tally> kept) {
        List<Tally> byLength = new ArrayList<>(kept);
        byLength.sort(Comparator.comparingInt((Tally t) -> t.terms.size()));
        Set<Tally> gone = new HashSet<>();
        for (int i = 0; i < byLength.size(); i++) {
            Tally a = byLength.get(i);
            String ak = String.join("", a.terms);
            for (int j = i + 1; j < byLength.size(); j++) {
                Tally b = byLength.get(j);
                if (b.terms.size() == a.terms.size() || !String.join("", b.terms).contains(ak)) {
                    continue;
                }
                if (b.uses.size() >= a.uses.size()) {
                    gone.add(a);
                } else if (!gone.contains(b)) {
                    if (b.kind != FormulaCandidates.Kind.numbered) {
                        a.longer.add(b.shown());
                    }
                    gone.add(b);
                }
            }
        }
        List<Tally> out = new ArrayList<>();
        for (Tally t : kept) {
            if (!gone.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
