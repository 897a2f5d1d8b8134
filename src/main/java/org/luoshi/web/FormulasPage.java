package org.luoshi.web;

import org.luoshi.formula.FormulaReport;
import org.luoshi.formula.Formulas;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.PhraseUses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The formula page {@code /formulas?q=…} (several {@code q} for several phrases): per phrase its first use, a chart of
 * its uses per year and level (inline SVG, {@link FormulaChart}) with the same numbers as a table and as CSV
 * ({@code format=csv}) and JSON ({@code /api/formulas}), the first use at each level and its lag after the first
 * national use, the units that used it and the first directives that carry it, linked. Without {@code q}: the form and
 * the known formulas.
 */
public final class FormulasPage {
    /** The most phrases one request asks about. */
    static final int MAX_PHRASES = 5;
    /** Directives listed per phrase. */
    static final int DIRECTIVES = 20;

    private FormulasPage() {
    }

    /** The page's model: the phrases asked, an error (and nothing else) for bad input, a section per phrase, the known formulas. */
    public record View(T t, String q, String error, List<Section> sections, List<Views.Link> known, String csv, String json) {
    }

    /** One phrase. */
    public record Section(FormulaReport r, Used first, FormulaChart chart, List<String> levelLabels, List<YearRow> years,
                          List<LevelRow> levels, List<UnitRow> units, List<Views.Hit> directives, String allDirectives, String csv,
                          String json) {
    }

    /** A use as shown: date, unit, document (title and link), the sentence with the phrase marked. */
    public record Used(String date, String unit, String title, String docLink, List<Segment> sentence) {
    }

    /** A year: in all, and per level in the order of {@link Section#levelLabels}. */
    public record YearRow(int year, int total, List<Integer> counts) {
    }

    /** The first use at a level: level, use, lag after the first national use, documents at that level. */
    public record LevelRow(String level, Used first, String lag, int documents) {
    }

    /** A unit: as shown, first date, link to its first document, documents. */
    public record UnitRow(String unit, String firstDate, String docLink, int documents) {
    }

    /**
     * The phrases of a request, each checked ({@link Formulas#terms}).
     *
     * @throws Inputs.BadInput none given, more than {@value #MAX_PHRASES}, or one that is not valid
     */
    static List<String> phrases(Params q) {
        List<String> out = new ArrayList<>();
        for (String p : q.all("q")) {
            if (p != null && !p.isBlank() && !out.contains(p.strip())) {
                out.add(p.strip());
            }
        }
        if (out.isEmpty()) {
            throw new Inputs.BadInput("q 没有给出：要写一个提法，如 /formulas?q=党政同责、一岗双责");
        }
        if (out.size() > MAX_PHRASES) {
            throw new Inputs.BadInput("一次最多查看 " + MAX_PHRASES + " 个提法，给出了 " + out.size() + " 个");
        }
        for (String p : out) {
            try {
                Formulas.terms(p);
            } catch (IllegalArgumentException e) {
                throw new Inputs.BadInput(e.getMessage());
            }
        }
        return out;
    }

    /** The reports of a request's phrases. */
    static List<FormulaReport> reports(Params q, DirectiveSearcher s, int directives) throws IOException {
        List<FormulaReport> out = new ArrayList<>();
        for (String p : phrases(q)) {
            out.add(Formulas.report(s, p, directives));
        }
        return out;
    }

    static Reply json(Params q, DirectiveSearcher s) throws IOException {
        return Reply.json(200, reports(q, s, Inputs.number("directives", q.get("directives"), DIRECTIVES, 0, 1000)));
    }

    /** The uses per year and level of each phrase ({@link FormulaExports#YEAR_COLUMNS}), UTF-8 CSV with BOM. */
    static Reply csv(Params q, DirectiveSearcher s) throws IOException {
        List<FormulaReport> reports = reports(q, s, 0);
        boolean en = q.en();
        return Reply.download("text/csv", "luoshi-formulas.csv", out -> FormulaExports.years(out, reports, en));
    }

    static Reply render(Params q, DirectiveSearcher s) throws IOException {
        T t = new T(q, "/formulas");
        List<Views.Link> known = Formulas.KNOWN.stream()
                .map(k -> new Views.Link(k, t.to("/formulas?q=" + Params.enc(k)), -1)).toList();
        String asked = String.join(" ", q.all("q")).strip();
        if (q.get("q") == null) {
            return Reply.html(200, Templates.render("formulas.jte", new View(t, "", null, List.of(), known, null, null)));
        }
        List<FormulaReport> reports;
        try {
            reports = reports(q, s, DIRECTIVES);
        } catch (Inputs.BadInput e) {
            return Reply.html(400, Templates.render("formulas.jte", new View(t, asked, e.getMessage(), List.of(), known, null, null)));
        }
        List<Section> sections = new ArrayList<>();
        for (FormulaReport r : reports) {
            sections.add(section(r, t));
        }
        return Reply.html(200, Templates.render("formulas.jte", new View(t, asked, null, sections, known,
                q.link("/formulas", "format", "csv"), q.link("/api/formulas"))));
    }

    private static Section section(FormulaReport r, T t) {
        List<String> terms = Formulas.terms(r.phrase());
        List<String> codes = Formulas.LEVELS.stream().filter(l -> r.levels().stream().anyMatch(x -> x.level().equals(l))).toList();
        List<YearRow> years = new ArrayList<>();
        for (FormulaReport.YearCount y : r.years()) {
            years.add(new YearRow(y.year(), y.total(), codes.stream().map(l -> y.levels().getOrDefault(l, 0)).toList()));
        }
        List<LevelRow> levels = new ArrayList<>();
        for (FormulaReport.LevelFirst l : r.levels()) {
            levels.add(new LevelRow(level(l.level(), t), used(l.first(), terms, t), FormulaExports.lag(l.lagDays(), t.en()), l.documents()));
        }
        List<UnitRow> units = new ArrayList<>();
        for (FormulaReport.UnitUse u : r.units()) {
            units.add(new UnitRow(FormulaExports.unit(u.level(), u.region(), t.en()), t.date(u.firstDate()), t.to("/doc/" + u.doc()), u.documents()));
        }
        String one = "q=" + Params.enc(r.phrase());
        return new Section(r, r.first() == null ? null : used(r.first(), terms, t), FormulaChart.of(r, t),
                codes.stream().map(l -> level(l, t)).toList(), years, levels, units,
                r.directiveHits().stream().map(h -> Views.hit(h, t)).toList(),
                t.to("/?q=" + Params.enc("\"" + r.key() + "\"") + "&sort=oldest"),
                t.to("/formulas?" + one + "&format=csv"), t.to("/api/formulas?" + one));
    }

    private static Used used(FormulaReport.Use u, List<String> terms, T t) {
        String sentence = u.sentence();
        return new Used(t.date(u.date()), FormulaExports.unit(u.level(), u.region(), t.en()), u.title(), t.to("/doc/" + u.doc()),
                sentence == null ? List.of() : Segment.of(sentence, PhraseUses.find(sentence, terms)));
    }

    private static String level(String code, T t) {
        return t.level(code.equals("unknown") ? null : code);
    }
}
