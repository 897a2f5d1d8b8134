package org.luoshi.web;

import org.luoshi.model.Json;
import org.luoshi.track.Lineage;

import java.util.ArrayList;
import java.util.List;

/**
 * The lineage page: one directive's tree drawn as SVG, top to bottom by level. Each node shows its unit, date,
 * status and its own wording, so the drift of a formula from one level to the next can be read off the boxes.
 */
final class LineagePage {
    private static final int BOX_W = 560;
    private static final int LINE = 15;
    private static final int CHARS_PER_LINE = 40;
    private static final int INDENT = 36;

    private LineagePage() {
    }

    static Response json(Lineage.Node root) throws java.io.IOException {
        return Response.json(200, Json.mapper().writeValueAsString(root));
    }

    static Response render(String id, Lineage.Node root) {
        if (root == null) {
            return Response.html(404, "lineage", "<p>No lineage for " + Html.esc(id) + ": no such directive in the index or ledger.</p>");
        }
        List<Placed> placed = new ArrayList<>();
        place(root, 0, new int[] {10}, placed, -1);
        int height = placed.stream().mapToInt(p -> p.y + p.h).max().orElse(0) + 10;
        int width = placed.stream().mapToInt(p -> p.x + BOX_W).max().orElse(0) + 10;
        StringBuilder svg = new StringBuilder("<svg id=\"lineage\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" font-size=\"12\" font-family=\"sans-serif\" role=\"img\">");
        for (Placed p : placed) {
            if (p.parent >= 0) {
                Placed up = placed.get(p.parent);
                svg.append("<path d=\"M").append(up.x + 12).append(',').append(up.y + up.h).append(" V").append(p.y + 14).append(" H").append(p.x)
                        .append("\" fill=\"none\" stroke=\"#999\"/>");
            }
        }
        for (Placed p : placed) {
            Lineage.Node n = p.node;
            svg.append("<g class=\"node ").append(Html.esc(n.status())).append("\"><rect x=\"").append(p.x).append("\" y=\"").append(p.y)
                    .append("\" width=\"").append(BOX_W).append("\" height=\"").append(p.h).append("\" rx=\"4\" fill=\"").append(fill(n.status()))
                    .append("\" stroke=\"#888\"/><text x=\"").append(p.x + 8).append("\" y=\"").append(p.y + 15).append("\" font-weight=\"bold\">")
                    .append(Html.esc(n.unit() + " · " + n.status() + (n.date() == null ? "" : " · " + n.date()))).append("</text>");
            int y = p.y + 15;
            for (String line : wrap(n.text() != null ? n.text() : n.evidence().isEmpty() ? "" : n.evidence().get(0))) {
                y += LINE;
                svg.append("<text x=\"").append(p.x + 8).append("\" y=\"").append(y).append("\">").append(Html.esc(line)).append("</text>");
            }
            svg.append("</g>");
        }
        svg.append("</svg>");
        StringBuilder b = new StringBuilder("<h1>Lineage of ").append(Html.esc(id)).append("</h1><p class=\"meta\">")
                .append("Down the levels: each box is a unit that received this instruction, with its own wording where it relayed it. "
                        + "<span class=\"relayed\">relayed</span> <span class=\"reported_done\">reported done</span> "
                        + "<span class=\"overdue\">overdue</span> <span class=\"open\">open</span> · <a href=\"/doc/")
                .append(Html.esc(id.split("#")[0])).append("\">document</a> · <a href=\"/api/lineage?directive=").append(Params.enc(id))
                .append("\">JSON</a></p>").append(svg);
        return Response.html(200, "lineage", b.toString());
    }

    private record Placed(Lineage.Node node, int x, int y, int h, int parent) {
    }

    private static void place(Lineage.Node n, int depth, int[] y, List<Placed> out, int parent) {
        String text = n.text() != null ? n.text() : n.evidence().isEmpty() ? "" : n.evidence().get(0);
        int h = 22 + LINE * wrap(text).size();
        out.add(new Placed(n, 10 + INDENT * depth, y[0], h, parent));
        int me = out.size() - 1;
        y[0] += h + 12;
        for (Lineage.Node c : n.children()) {
            place(c, depth + 1, y, out, me);
        }
    }

    private static List<String> wrap(String s) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.length() && lines.size() < 4; i += CHARS_PER_LINE) {
            lines.add(s.substring(i, Math.min(s.length(), i + CHARS_PER_LINE)));
        }
        if (s.length() > 4 * CHARS_PER_LINE) {
            lines.set(3, lines.get(3).substring(0, CHARS_PER_LINE - 1) + "…");
        }
        return lines;
    }

    private static String fill(String status) {
        return switch (status) {
            case "source" -> "#e8ecff";
            case "relayed" -> "#dff5df";
            case "reported_done" -> "#d5f0ee";
            case "overdue" -> "#fbdcdc";
            default -> "#ffffff";
        };
    }
}
