package org.luoshi.web;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchHit;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search page: a query box (Simplified or Traditional), filters, ranked directives with highlighted snippets
 * and where each comes from, facet counts that filter when clicked (the region facet as a tree), and paging.
 */
final class SearchPage {
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 50;
    private static final String[] LEVELS = {"national", "province", "city", "county", "district", "township"};

    private SearchPage() {
    }

    /** The request the page's parameters ask for: enough hits to cut the page out of. */
    static SearchRequest request(Params q, int limit) {
        return new SearchRequest(q.get("q", "*"), q.get("level"), q.get("region"), q.year("from"), q.year("to"), q.get("sector"),
                q.get("speaker"), q.get("deadline"), LocalDate.now(), limit, "1".equals(q.get("docs")));
    }

    /** A filter value the index cannot take, as a message for a 400 answer; null when all are fine. */
    static String badFilter(Params q) {
        String d = q.get("deadline");
        if (d != null && !SearchRequest.DEADLINE_FILTERS.contains(d)) {
            return "deadline filter is one of " + SearchRequest.DEADLINE_FILTERS + ", not " + d;
        }
        for (String y : new String[] {"from", "to"}) {
            if (q.get(y) != null && q.year(y) == null) {
                return y + " is a year (YYYY), not " + q.get(y);
            }
        }
        return null;
    }

    static Response render(Params q, DirectiveSearcher searcher) throws IOException {
        String query = q.get("q", "");
        StringBuilder b = new StringBuilder();
        form(b, q);
        String bad = badFilter(q);
        if (bad != null) {
            b.append("<p class=\"error\">").append(Html.esc(bad)).append("</p>");
            return Response.html(400, "bad filter", b.toString());
        }
        if (query.isBlank() && q.get("level") == null && q.get("region") == null && q.get("speaker") == null && q.get("sector") == null) {
            b.append("<p class=\"meta\">Search the directives of every ingested document: words in Simplified or Traditional "
                    + "(<a href=\"/?q=%E9%9A%90%E6%82%A3%E6%8E%92%E6%9F%A5\">隐患排查</a>), phrases in quotes, "
                    + "AND / OR / NOT. Filters narrow; facet counts under the results filter when clicked.</p>");
            return Response.html(200, "search", b.toString());
        }
        int page = q.integer("page", 1, 1, MAX_PAGE);
        SearchResult r;
        try {
            r = searcher.search(request(q, page * PAGE_SIZE));
        } catch (QuerySyntaxException e) {
            b.append("<p class=\"error\">").append(Html.esc(e.getMessage())).append("</p>");
            return Response.html(400, query, b.toString());
        }
        List<SearchHit> hits = r.hits().subList(Math.min(r.hits().size(), (page - 1) * PAGE_SIZE), r.hits().size());
        b.append("<div class=\"cols\"><div class=\"main\"><p class=\"meta\" id=\"total\">").append(r.total())
                .append(q.get("docs") != null ? " documents" : " directives").append(" match");
        if (r.total() > 0) {
            b.append(" · showing ").append((page - 1) * PAGE_SIZE + 1).append('–').append((page - 1) * PAGE_SIZE + hits.size());
        }
        b.append("</p>");
        for (SearchHit h : hits) {
            hit(b, h);
        }
        pager(b, q, page, r.total());
        b.append("</div><div class=\"side\">");
        facets(b, q, r.facets());
        b.append("</div></div>");
        return Response.html(200, query.isBlank() ? "search" : query, b.toString());
    }

    private static void form(StringBuilder b, Params q) {
        b.append("<form method=\"get\" action=\"/\" id=\"search\"><input name=\"q\" size=\"36\" value=\"").append(Html.esc(q.get("q", "")))
                .append("\" placeholder=\"隐患排查 / 隱患排查\" autofocus> <select name=\"level\"><option value=\"\">all levels</option>");
        for (String l : LEVELS) {
            b.append("<option").append(l.equals(q.get("level")) ? " selected" : "").append('>').append(l).append("</option>");
        }
        b.append("</select> <button>Search</button><br><span class=\"meta\">region <input name=\"region\" size=\"8\" value=\"")
                .append(Html.esc(q.get("region", ""))).append("\"> years <input name=\"from\" size=\"4\" value=\"")
                .append(Html.esc(q.get("from", ""))).append("\">–<input name=\"to\" size=\"4\" value=\"").append(Html.esc(q.get("to", "")))
                .append("\"> speaker <input name=\"speaker\" size=\"6\" value=\"").append(Html.esc(q.get("speaker", "")))
                .append("\"> sector <input name=\"sector\" size=\"6\" value=\"").append(Html.esc(q.get("sector", "")))
                .append("\"> deadline <select name=\"deadline\"><option value=\"\">—</option>");
        for (String d : SearchRequest.DEADLINE_FILTERS) {
            b.append("<option").append(d.equals(q.get("deadline")) ? " selected" : "").append('>').append(d).append("</option>");
        }
        b.append("</select></span></form>");
    }

    private static void hit(StringBuilder b, SearchHit h) {
        b.append("<div class=\"hit\"><div class=\"snippet\">").append(Html.snippet(h.snippet())).append("</div><div class=\"meta\">")
                .append("<span class=\"level\">").append(Html.esc(h.level())).append("</span> ").append(Html.esc(h.region())).append(' ')
                .append(Html.esc(h.date()));
        if (h.speaker() != null) {
            b.append(" · ").append(Html.esc(h.speaker())).append(h.speakerTitle() == null ? "" : "（" + Html.esc(h.speakerTitle()) + "）");
        }
        if (h.deadline() != null) {
            b.append(" · deadline ").append(Html.esc(h.deadline().type())).append(h.deadline().value() == null ? "" : " " + Html.esc(h.deadline().value()));
        }
        b.append(" · <a class=\"doclink\" href=\"/doc/").append(Html.esc(h.doc())).append("\">").append(Html.esc(h.title() == null ? "document" : h.title()))
                .append("</a>");
        if (h.id() != null && h.id().contains("#")) {
            b.append(" · <a href=\"/lineage?directive=").append(Params.enc(h.id())).append("\">lineage</a>");
        }
        b.append("</div></div>");
    }

    private static void pager(StringBuilder b, Params q, int page, long total) {
        long pages = Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pages <= 1) {
            return;
        }
        b.append("<p class=\"pager\">");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"").append(q.link("/", "page", String.valueOf(page - 1))).append("\">← previous</a> ");
        }
        b.append("page ").append(page).append(" of ").append(pages);
        if (page < pages) {
            b.append(" <a rel=\"next\" href=\"").append(q.link("/", "page", String.valueOf(page + 1))).append("\">next →</a>");
        }
        b.append("</p>");
    }

    private static void facets(StringBuilder b, Params q, Map<String, Map<String, Integer>> facets) {
        facets.forEach((dim, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            b.append("<div class=\"facet\" id=\"facet-").append(Html.esc(dim)).append("\"><b>").append(Html.esc(dim)).append("</b>");
            String active = switch (dim) {
                case "year" -> q.get("from") != null && q.get("from").equals(q.get("to")) ? q.get("from") : null;
                default -> q.get(dim);
            };
            if (active != null) {
                b.append(" <a class=\"clear\" href=\"").append(dim.equals("year") ? q.link("/", "from", null, "to", null) : q.link("/", dim, null))
                        .append("\">× ").append(Html.esc(active)).append("</a>");
            }
            if (dim.equals("region")) {
                regionTree(b, q, counts);
            } else {
                b.append("<ul>");
                counts.forEach((k, v) -> b.append("<li><a href=\"").append(dim.equals("year") ? q.link("/", "from", k, "to", k) : q.link("/", dim, k))
                        .append("\">").append(Html.esc(k)).append("</a> ").append(v).append("</li>"));
                b.append("</ul>");
            }
            b.append("</div>");
        });
    }

    /** The region facet ("省", "省/市" keys) as a nested list; each name filters by that region and all below it. */
    private static void regionTree(StringBuilder b, Params q, Map<String, Integer> counts) {
        Map<String, Map<String, Integer>> tree = new TreeMap<>();
        Map<String, Integer> top = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> {
            int slash = k.indexOf('/');
            if (slash < 0) {
                top.put(k, v);
            } else {
                tree.computeIfAbsent(k.substring(0, slash), x -> new java.util.LinkedHashMap<>()).put(k.substring(slash + 1), v);
            }
        });
        b.append("<ul class=\"tree\">");
        top.forEach((name, v) -> {
            b.append("<li><a href=\"").append(q.link("/", "region", name)).append("\">").append(Html.esc(name)).append("</a> ").append(v);
            Map<String, Integer> kids = tree.get(name);
            if (kids != null) {
                b.append("<ul>");
                kids.forEach((c, n) -> b.append("<li><a href=\"").append(q.link("/", "region", c)).append("\">").append(Html.esc(c))
                        .append("</a> ").append(n).append("</li>"));
                b.append("</ul>");
            }
            b.append("</li>");
        });
        b.append("</ul>");
    }
}
