package org.luoshi.web;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page: a query box (Simplified or Traditional) and filters; hits in the order chosen (relevance,
 * newest, oldest), highlighted, with where each comes from; paging to the end of the list by cursor; facet counts
 * that add a value to a filter or take it away (several values of a dimension are any of them; unknown counts hits
 * without a value); the years of the hits as a bar chart drawn on the server; exports of the whole result set.
 */
public final class SearchPage {
    static final int PAGE_SIZE = 20;
    /** The most hits one API answer holds; more are read with {@code after} or exported. */
    static final int MAX_LIMIT = 1000;

    private SearchPage() {
    }

    /** The page's model: form, hits, paging, facets, histogram; {@code error} set (and nothing else) for bad input. */
    public record View(T t, Form form, String error, long total, long start, List<Views.Hit> hits, String next, String first,
                       List<Facet> facets, Histogram histogram, String csv, String jsonl, String json, List<Views.Link> sorts) {
    }

    /** The form as filled in by the request. */
    public record Form(String q, String region, String from, String to, String speaker, boolean docs, String limit,
                       List<Views.Option> levels, List<Views.Option> sectors, List<Views.Option> deadlines, List<Views.Option> sorts) {
    }

    /** A facet dimension: its label, its values (links adding or removing a value), a link clearing it. */
    public record Facet(String dim, String label, List<Value> values, String clear) {
    }

    /** A facet value: shown label, count, the link, whether it is in the filter, whether it is a city under a province. */
    public record Value(String label, long count, String href, boolean selected, boolean nested) {
    }

    /**
     * The search of these parameters (strictly read: {@link Inputs.BadInput} for any value that is not valid).
     *
     * @param defaultLimit hits when {@code limit} is not given
     */
    static SearchRequest request(Params q, int defaultLimit) {
        Integer from = Inputs.year("from", q.get("from"));
        Integer to = Inputs.year("to", q.get("to"));
        Inputs.yearRange(from, to);
        boolean docs = "1".equals(Inputs.oneOf("docs", q.get("docs"), List.of("0", "1"), "0"));
        int limit = Inputs.number("limit", q.get("limit"), defaultLimit, 1, MAX_LIMIT);
        int offset = Inputs.number("offset", q.get("offset"), 0, 0, Integer.MAX_VALUE);
        SearchRequest r = new SearchRequest(q.get("q", "*"), Inputs.levels(q.all("level")), Inputs.regions(q.all("region")), from, to,
                Inputs.sectors(q.all("sector")), Inputs.speakers(q.all("speaker")), Inputs.deadlines(q.all("deadline")),
                Inputs.date("as_of", q.get("as_of"), LocalDate.now()), Inputs.sort(q.get("sort")), offset, null, limit, docs);
        return q.get("after") == null ? r : r.withAfter(q.get("after"));
    }

    /** Whether the parameters ask for a search at all (else the home page is shown). */
    static boolean asksForSearch(Params q) {
        for (String p : List.of("q", "level", "region", "from", "to", "sector", "speaker", "deadline", "docs")) {
            if (q.get(p) != null) {
                return true;
            }
        }
        return false;
    }

    static Reply render(Params q, DirectiveSearcher s) throws IOException {
        T t = new T(q, "/");
        Form form = form(q, t);
        SearchRequest req;
        SearchResult r;
        try {
            req = request(q, PAGE_SIZE);
            r = s.search(req);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            return Reply.html(400, Templates.render("search.jte", new View(t, form, e.getMessage(), 0, 0, List.of(), null, null,
                    List.of(), null, null, null, null, List.of())));
        }
        long start = req.after() != null ? Inputs.number("start", q.get("start"), 0, 0, Integer.MAX_VALUE) : req.offset();
        List<Views.Hit> hits = r.hits().stream().map(h -> Views.hit(h, t)).toList();
        String next = r.next() == null ? null : q.link("/", "after", r.next(), "start", String.valueOf(start + hits.size()), "offset", null);
        String first = start > 0 ? q.link("/", "after", null, "start", null, "offset", null) : null;
        List<Views.Link> sorts = new ArrayList<>();
        for (SearchRequest.Sort o : SearchRequest.Sort.values()) {
            sorts.add(new Views.Link(sortLabel(o, t), o == req.sort() ? null : q.link("/", "sort", o.name()), -1));
        }
        View v = new View(t, form, null, r.total(), start, hits, next, first, facets(q, t, r.facets()),
                Histogram.of(r.facets().getOrDefault("year", Map.of()), y -> q.link("/", "from", y, "to", y)),
                q.link("/export", "format", "csv", "after", null, "start", null, "offset", null, "limit", null),
                q.link("/export", "format", "jsonl", "after", null, "start", null, "offset", null, "limit", null),
                q.link("/api/search"), sorts);
        return Reply.html(200, Templates.render("search.jte", v));
    }

    static String sortLabel(SearchRequest.Sort o, T t) {
        return switch (o) {
            case relevance -> t.t("按相关度", "relevance");
            case newest -> t.t("从新到旧", "newest first");
            case oldest -> t.t("从旧到新", "oldest first");
        };
    }

    static Form form(Params q, T t) {
        List<Views.Option> levels = new ArrayList<>();
        levels.add(new Views.Option("", t.t("所有层级", "all levels"), q.get("level") == null));
        for (String l : List.of("national", "province", "city", "county", "district", "township")) {
            levels.add(new Views.Option(l, t.level(l), l.equals(q.get("level"))));
        }
        List<Views.Option> sectors = new ArrayList<>();
        sectors.add(new Views.Option("", t.t("所有行业领域", "all sectors"), q.get("sector") == null));
        for (String sct : Inputs.sectorList()) {
            sectors.add(new Views.Option(sct, sct, sct.equals(q.get("sector"))));
        }
        List<Views.Option> deadlines = new ArrayList<>();
        deadlines.add(new Views.Option("", t.t("期限不限", "any or none"), q.get("deadline") == null));
        for (String d : SearchRequest.DEADLINE_FILTERS) {
            deadlines.add(new Views.Option(d, Labels.deadlineType(d, t.en()), d.equals(q.get("deadline"))));
        }
        List<Views.Option> sorts = new ArrayList<>();
        for (SearchRequest.Sort o : SearchRequest.Sort.values()) {
            sorts.add(new Views.Option(o.name(), sortLabel(o, t), o.name().equals(q.get("sort", "relevance"))));
        }
        return new Form(q.get("q", ""), q.get("region", ""), q.get("from", ""), q.get("to", ""), q.get("speaker", ""),
                "1".equals(q.get("docs")), q.get("limit"), levels, sectors, deadlines, sorts);
    }

    /** Facet links: a value not in the filter adds itself to it, one in it takes itself away. */
    private static List<Facet> facets(Params q, T t, Map<String, Map<String, Integer>> counts) {
        List<Facet> out = new ArrayList<>();
        counts.forEach((dim, values) -> {
            if (values.isEmpty()) {
                return;
            }
            List<Value> shown = new ArrayList<>();
            boolean year = dim.equals("year");
            List<String> active = year ? List.of() : Inputs.split(q.all(dim));
            values.forEach((value, n) -> {
                boolean nested = dim.equals("region") && value.contains("/");
                String name = nested ? value.substring(value.indexOf('/') + 1) : value;
                boolean selected = year ? name.equals(q.get("from")) && name.equals(q.get("to")) : active.contains(name);
                String href;
                if (year) {
                    href = name.equals("unknown") ? null : selected ? q.link("/", "from", null, "to", null) : q.link("/", "from", name, "to", name);
                } else {
                    List<String> next = new ArrayList<>(active);
                    if (selected) {
                        next.remove(name);
                    } else {
                        next.add(name);
                    }
                    href = q.link("/", dim, next.isEmpty() ? null : String.join(",", next));
                }
                shown.add(new Value(t.facet(dim, name), n, href, selected, nested));
            });
            boolean filtered = year ? q.get("from") != null || q.get("to") != null : !active.isEmpty();
            String clear = !filtered ? null : year ? q.link("/", "from", null, "to", null) : q.link("/", dim, null);
            out.add(new Facet(dim, t.dim(dim), shown, clear));
        });
        return out;
    }
}
