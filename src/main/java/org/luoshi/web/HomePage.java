package org.luoshi.web;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.Fields;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The home page: the search form, the corpus at a glance (documents per level and year, directives in all, the
 * latest documents) and browsing by unit (provinces and their cities, each to its search and its office page).
 */
public final class HomePage {
    private HomePage() {
    }

    /** The page's model. */
    public record View(T t, SearchPage.Form form, long documents, long directives, List<String> years, List<LevelRow> levels,
                       List<Views.Hit> latest, List<Province> provinces, boolean oldIndex) {
    }

    /** Documents of one level per year (in the order of {@code years}), with links to them. */
    public record LevelRow(String label, String href, long total, List<Views.Link> perYear) {
    }

    /** A province with its documents and its cities. */
    public record Province(Views.Link search, String office, List<Views.Link> cities) {
    }

    static Reply render(Params q, DirectiveSearcher s) throws IOException {
        T t = new T(q, "/");
        SearchResult docs;
        long directives;
        try {
            docs = s.search(SearchRequest.of("*").withDocuments(true).withSort(SearchRequest.Sort.newest).withLimit(8));
            directives = s.search(SearchRequest.of("*").withLimit(1)).total();
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e); // '*' always parses
        }
        Map<String, Integer> byYear = docs.facets().getOrDefault(Fields.YEAR, Map.of());
        TreeSet<String> years = new TreeSet<>(byYear.keySet());
        years.remove(Fields.UNKNOWN);
        List<String> columns = new ArrayList<>(years);
        if (byYear.containsKey(Fields.UNKNOWN)) {
            columns.add(Fields.UNKNOWN);
        }
        List<LevelRow> levels = new ArrayList<>();
        for (Map.Entry<String, Integer> l : docs.facets().getOrDefault(Fields.LEVEL, Map.of()).entrySet()) {
            SearchResult one;
            try {
                one = s.search(SearchRequest.of("*").withDocuments(true).withLevel(l.getKey()).withLimit(1));
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Integer> counts = one.facets().getOrDefault(Fields.YEAR, Map.of());
            List<Views.Link> perYear = new ArrayList<>();
            for (String y : columns) {
                int n = counts.getOrDefault(y, 0);
                perYear.add(new Views.Link(y, n == 0 || y.equals(Fields.UNKNOWN) ? null
                        : t.to("/?docs=1&level=" + l.getKey() + "&from=" + y + "&to=" + y), n));
            }
            levels.add(new LevelRow(t.facet(Fields.LEVEL, l.getKey()), t.to("/?docs=1&level=" + l.getKey()), l.getValue(), perYear));
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        docs.facets().getOrDefault(Fields.REGION, Map.of()).forEach((k, n) -> {
            int slash = k.indexOf('/');
            if (k.equals(Fields.UNKNOWN)) {
                return;
            }
            if (slash < 0) {
                provinces.put(k, new Province(new Views.Link(k, t.to("/?docs=1&region=" + Params.enc(k)), n),
                        t.to("/office?unit=" + Params.enc(k)), new ArrayList<>()));
            } else if (provinces.containsKey(k.substring(0, slash))) {
                String city = k.substring(slash + 1);
                provinces.get(k.substring(0, slash)).cities().add(new Views.Link(city, t.to("/?docs=1&region=" + Params.enc(city)), n));
            }
        });
        List<String> yearLabels = columns.stream().map(y -> t.facet(Fields.YEAR, y)).toList();
        return Reply.html(200, Templates.render("home.jte", new View(t, SearchPage.form(q, t), docs.total(), directives, yearLabels, levels,
                docs.hits().stream().map(h -> Views.hit(h, t)).toList(), new ArrayList<>(provinces.values()), s.schema() < Fields.SCHEMA)));
    }
}
