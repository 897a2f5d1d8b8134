package org.luoshi.track;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One directive's lineage as a tree down the levels. The tree follows relay links: the children of a directive
 * are the lower directives that relay it, with their own wording, so drift ({@code 五到位} → {@code 五落实}) shows
 * node by node; relays of relays hang under the relay they restate. Units of the ledger that received the
 * directive but are not in the relay tree (open, reported done, overdue) are added under the deepest node whose
 * unit contains theirs, else under the root. Plain data in, plain data out: the CLI and the web UI draw it.
 */
public final class Lineage {
    private static final int MAX_DEPTH = 8;

    /** What the tree needs to know of a directive: its text and where and when it was said. */
    public record DirectiveInfo(String id, String text, String level, String region, String code, String date) {
    }

    /** Looks up directives by id (from the index); null when unknown. */
    @FunctionalInterface
    public interface Directives {
        DirectiveInfo find(String id) throws java.io.IOException;
    }

    /** A relay link: directive {@code from} (lower) relays directive {@code to} (higher). */
    public record Relay(String from, String to, double score, String evidence) {
    }

    /**
     * A node: the directive said at this unit ({@code directive} null for a unit that has no relaying directive),
     * its status there as of the date asked and the evidence. The root's status is {@code source}.
     */
    public record Node(String directive, String unit, String level, String date, String status, String text,
                       List<String> evidence, List<Node> children) {
    }

    private Lineage() {
    }

    public static Node build(String rootId, Directives directives, List<Relay> relays, List<LedgerRow> rows, String asOf)
            throws java.io.IOException {
        DirectiveInfo root = directives.find(rootId);
        if (root == null && rows.isEmpty()) {
            return null;
        }
        Map<String, List<Relay>> relaysTo = new LinkedHashMap<>();
        for (Relay r : relays) {
            relaysTo.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        LedgerRow first = rows.isEmpty() ? null : rows.get(0);
        Mutable top = new Mutable(rootId, root == null ? first.fromUnit() : unitName(root), root == null ? null : root.level(),
                root == null ? first.date() : root.date(), "source", root == null ? first.text() : root.text(), List.of(),
                root == null ? null : root.code());
        Set<String> seen = new HashSet<>();
        seen.add(rootId);
        ArrayDeque<Mutable> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            Mutable at = queue.poll();
            if (at.depth >= MAX_DEPTH) {
                continue;
            }
            List<Relay> in = new ArrayList<>(relaysTo.getOrDefault(at.directive, List.of()));
            in.sort(Comparator.comparing(Relay::from));
            for (Relay r : in) {
                if (!seen.add(r.from())) {
                    continue;
                }
                DirectiveInfo d = directives.find(r.from());
                if (d == null) {
                    continue;
                }
                Mutable child = new Mutable(r.from(), unitName(d), d.level(), d.date(), LedgerRow.RELAYED, d.text(),
                        List.of(String.format(java.util.Locale.ROOT, "relay score %.3f: %s", r.score(), r.evidence())), d.code());
                child.depth = at.depth + 1;
                at.children.add(child);
                queue.add(child);
            }
        }
        Set<String> unitsInTree = new HashSet<>();
        collectUnits(top, unitsInTree);
        for (LedgerRow row : rows) {
            if (unitsInTree.contains(row.unitName())) {
                continue;
            }
            String code = codeOf(row.unit());
            Mutable parent = deepestContaining(top, code);
            parent.children.add(new Mutable(null, row.unitName(), levelOf(row.unit()), null, row.statusAsOf(asOf), null, row.evidence(), code));
            unitsInTree.add(row.unitName());
        }
        return top.freeze();
    }

    /** The tree as indented text lines, for the CLI. */
    public static List<String> lines(Node root) {
        List<String> out = new ArrayList<>();
        out.add(root.directive() + "  [" + root.unit() + "] " + (root.date() == null ? "" : root.date()));
        out.add("  " + root.text());
        for (Node c : root.children()) {
            lines(c, 1, out);
        }
        return out;
    }

    private static void lines(Node n, int depth, List<String> out) {
        String pad = "  ".repeat(depth);
        out.add(pad + "└ " + n.unit() + ": " + n.status() + (n.date() == null ? "" : " " + n.date())
                + (n.directive() == null ? "" : "  " + n.directive()));
        if (n.text() != null) {
            out.add(pad + "    " + n.text());
        }
        for (String e : n.evidence()) {
            out.add(pad + "    " + e);
        }
        for (Node c : n.children()) {
            lines(c, depth + 1, out);
        }
    }

    static String unitName(DirectiveInfo d) {
        String place = d.region() == null || d.region().isBlank() ? ("national".equals(d.level()) ? "全国" : "(unnamed)") : d.region();
        return place + " (" + d.level() + ")";
    }

    private static String codeOf(String unitKey) {
        int i = unitKey.indexOf(':');
        String c = i < 0 ? "" : unitKey.substring(i + 1).replace("~", "");
        return c.equals("-") ? "" : c;
    }

    private static String levelOf(String unitKey) {
        int i = unitKey.indexOf(':');
        return i < 0 ? unitKey : unitKey.substring(0, i);
    }

    private static Mutable deepestContaining(Mutable n, String code) {
        for (Mutable c : n.children) {
            if (c.code != null && !c.code.isEmpty() && code.startsWith(c.code) && !code.equals(c.code)) {
                return deepestContaining(c, code);
            }
        }
        return n;
    }

    private static void collectUnits(Mutable n, Set<String> out) {
        if (n.directive != null && n.depth > 0) {
            out.add(n.unit);
        }
        n.children.forEach(c -> collectUnits(c, out));
    }

    private static final class Mutable {
        final String directive;
        final String unit;
        final String level;
        final String date;
        final String status;
        final String text;
        final List<String> evidence;
        final String code;
        final List<Mutable> children = new ArrayList<>();
        int depth;

        Mutable(String directive, String unit, String level, String date, String status, String text, List<String> evidence, String code) {
            this.directive = directive;
            this.unit = unit;
            this.level = level;
            this.date = date;
            this.status = status;
            this.text = text;
            this.evidence = evidence;
            this.code = code;
        }

        Node freeze() {
            return new Node(directive, unit, level, date, status, text, evidence, children.stream().map(Mutable::freeze).toList());
        }
    }
}
