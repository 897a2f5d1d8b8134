package org.luoshi.web;

import org.luoshi.model.Level;
import org.luoshi.track.Lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lineage page: one directive and the units below that received it, nested by the administrative tree
 * (province → city → county → township), one box per unit however many relays or ledger rows it has, each box a
 * link to that unit's office page and each entry to its document. Each entry shows the unit's status, date and
 * own wording, so the drift of a formula from one level to the next can be read box by box.
 */
public final class LineagePage {
    /** The level of a division by the length of its path: province (1), city (2), county (3). */
    private static final String[] ABOVE = {"national", "province", "city", "county"};

    private LineagePage() {
    }

    /** The page's model: the directive's id and the box of its source unit, holding all the others. */
    public record View(T t, String id, Box root, String docLink, String json) {
    }

    /** One unit: its name and level, the link to its office page, what it did with the directive, the units below it. */
    public record Box(String name, String level, String href, List<Entry> entries, List<Box> children) {
    }

    /** One directive or ledger row at a unit: status, date, wording, where it is, the evidence. */
    public record Entry(String status, String statusLabel, String date, String text, String docLink, List<String> evidence) {
    }

    static Reply render(String id, Lineage.Node root, T t) {
        if (root == null) {
            return Reply.html(404, Templates.render("error.jte", new ErrorPage.View(t, 404,
                    t.t("没有 " + id + " 的传达脉络：索引和台账中都没有这条指示。", "No lineage for " + id + ": no such directive in the index or ledger."))));
        }
        return Reply.html(200, Templates.render("lineage.jte", new View(t, id, tree(root, t),
                t.to("/doc/" + id.split("#")[0]) + (id.contains("#") ? "#d" + id.substring(id.indexOf('#') + 1) : ""),
                t.to("/api/lineage?directive=" + Params.enc(id)))));
    }

    /** Builder of a box: its unit's path and level rank, its entries, its children. */
    private static final class Unit {
        final String name;
        final List<String> path;
        final int rank;
        final List<Entry> entries = new ArrayList<>();
        final List<Unit> children = new ArrayList<>();

        Unit(String name) {
            this.name = name;
            this.path = UnitNames.path(name);
            String level = UnitNames.level(name);
            this.rank = level == null ? 9 : Level.of(level).rank();
        }

        /** Whether this unit contains {@code other}: a shorter path that starts it, or the same path at a higher level. */
        boolean contains(Unit other) {
            if (path.size() > other.path.size() || !other.path.subList(0, path.size()).equals(path)) {
                return false;
            }
            return path.size() < other.path.size() || rank < other.rank;
        }

        Box box(T t) {
            children.sort(Comparator.comparing((Unit u) -> u.rank).thenComparing(u -> String.join("/", u.path)));
            String level = UnitNames.level(name);
            String office = path.isEmpty() ? null : t.to("/office?unit=" + Params.enc(path.get(path.size() - 1)));
            // Inside its parent's box, a unit is named by its own division only (运城市, not 山西省/运城市).
            String shown = path.size() > 1 ? UnitNames.display(name, t.en()).substring(String.join("/", path.subList(0, path.size() - 1)).length() + 1)
                    : UnitNames.display(name, t.en());
            return new Box(shown, level == null ? "" : level, office, entries,
                    children.stream().map(c -> c.box(t)).toList());
        }
    }

    /** The nested boxes of a lineage tree (relays and ledger rows of one unit in one box). */
    static Box tree(Lineage.Node root, T t) {
        Unit top = new Unit(root.unit());
        top.entries.add(entry(root, t));
        Map<String, Unit> units = new LinkedHashMap<>();
        collect(root, units, t);
        units.remove(root.unit());
        // The divisions above each unit get a box of their own (without entries when they did not receive the
        // directive), so that a city is always drawn inside its province, a county inside its city.
        for (Unit u : List.copyOf(units.values())) {
            for (int k = 1; k < u.path.size() && k < ABOVE.length; k++) {
                if (u.rank > k) {
                    String name = String.join("/", u.path.subList(0, k)) + " (" + ABOVE[k] + ")";
                    if (!name.equals(root.unit())) {
                        units.computeIfAbsent(name, Unit::new);
                    }
                }
            }
        }
        List<Unit> all = new ArrayList<>(units.values());
        all.sort(Comparator.comparingInt((Unit u) -> u.path.size()).thenComparingInt(u -> u.rank));
        for (Unit u : all) {
            Unit parent = top;
            for (Unit c : all) {
                if (c != u && c.contains(u) && (parent == top || parent.contains(c))) {
                    parent = c;
                }
            }
            parent.children.add(u);
        }
        return top.box(t);
    }

    private static void collect(Lineage.Node n, Map<String, Unit> units, T t) {
        for (Lineage.Node c : n.children()) {
            units.computeIfAbsent(c.unit(), Unit::new).entries.add(entry(c, t));
            collect(c, units, t);
        }
    }

    private static Entry entry(Lineage.Node n, T t) {
        String doc = n.directive() == null ? null : t.to("/doc/" + n.directive().split("#")[0])
                + (n.directive().contains("#") ? "#d" + n.directive().substring(n.directive().indexOf('#') + 1) : "");
        return new Entry(n.status(), t.status(n.status()), t.date(n.date()), n.text(), doc, n.evidence());
    }
}
