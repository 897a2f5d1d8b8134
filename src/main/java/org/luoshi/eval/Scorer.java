package org.luoshi.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Scores extraction records against gold files with the definitions of SCHEMA.md "Scoring" (the same as
 * {@code score.py}): officials P/R/F1 on names and title accuracy; directives matched greedily by character-bigram
 * Jaccard ≥ 0.5, with speaker and modality accuracy on matches; deadlines matched on matched directives of the
 * same type, with value accuracy; document level and region (last path element) accuracy.
 */
public final class Scorer {
    private static final String PUNCT = " \t\r\n,.;:!?'\"()[]<>-、，。；：！？“”‘’（）《》【】…—·";

    private int offTp, offSys, offGold, titleOk, dirTp, dirSys, dirGold, spkOk, spkN, modOk, dlTp, dlSys, dlGold, dlValOk,
            lvlOk, regOk, docs, missing;

    /** Scores one gold document against its system record (null when the system has none); misses go to {@code log}. */
    public void add(String goldName, JsonNode gold, JsonNode system, Consumer<String> log) {
        docs++;
        if (system == null) {
            missing++;
        }
        JsonNode gdoc = gold.path("doc");
        JsonNode sdoc = system == null ? null : system.path("doc");
        if (text(gdoc.get("level")).equals(sdoc == null ? "" : text(sdoc.get("level")))) {
            lvlOk++;
        }
        if (last(gdoc.path("region").path("path")).equals(sdoc == null ? List.of() : last(sdoc.path("region").path("path")))) {
            regOk++;
        }
        Map<String, JsonNode> gofs = new LinkedHashMap<>();
        gold.path("officials").forEach(o -> gofs.put(o.path("name").asText(), o));
        Map<String, JsonNode> sofs = new LinkedHashMap<>();
        if (system != null) {
            system.path("officials").forEach(o -> sofs.putIfAbsent(o.path("name").isNull() ? "null" : o.path("name").asText(), o));
        }
        offGold += gofs.size();
        offSys += sofs.size();
        for (Map.Entry<String, JsonNode> e : gofs.entrySet()) {
            if (sofs.containsKey(e.getKey())) {
                offTp++;
                if (normTitle(e.getValue().get("title")).equals(normTitle(sofs.get(e.getKey()).get("title")))) {
                    titleOk++;
                }
            }
        }
        log.accept("[" + goldName + "] officials missed=" + new TreeSet<>(minus(gofs.keySet(), sofs.keySet()))
                + " extra=" + new TreeSet<>(minus(sofs.keySet(), gofs.keySet())));
        List<JsonNode> gds = list(gold.path("directives"));
        List<JsonNode> sds = system == null ? List.of() : list(system.path("directives"));
        List<int[]> pairs = match(sds, gds);
        dirGold += gds.size();
        dirSys += sds.size();
        dirTp += pairs.size();
        for (int[] p : pairs) {
            JsonNode s = sds.get(p[0]);
            JsonNode g = gds.get(p[1]);
            String sm = s.path("modality").isTextual() ? s.get("modality").asText() : "must";
            String gm = g.path("modality").isTextual() ? g.get("modality").asText() : "must";
            if (sm.equals(gm)) {
                modOk++;
            }
            String gs = speaker(g.get("speaker"));
            if (gs != null) {
                spkN++;
                if (gs.equals(speaker(s.get("speaker")))) {
                    spkOk++;
                }
            }
            JsonNode sd = s.get("deadline");
            JsonNode gd = g.get("deadline");
            if (present(sd) && present(gd) && text(sd.get("type")).equals(text(gd.get("type")))) {
                dlTp++;
                if (text(sd.get("value")).equals(text(gd.get("value")))) {
                    dlValOk++;
                }
            }
        }
        dlGold += (int) gds.stream().filter(g -> present(g.get("deadline"))).count();
        dlSys += (int) sds.stream().filter(s -> present(s.get("deadline"))).count();
        Set<Integer> mg = new HashSet<>();
        Set<Integer> ms = new HashSet<>();
        pairs.forEach(p -> {
            ms.add(p[0]);
            mg.add(p[1]);
        });
        for (int j = 0; j < gds.size(); j++) {
            if (!mg.contains(j)) {
                log.accept("  missed directive: " + head(gds.get(j).path("text").asText()));
            }
        }
        for (int i = 0; i < sds.size(); i++) {
            if (!ms.contains(i)) {
                log.accept("  extra directive:  " + head(sds.get(i).path("text").asText()));
            }
        }
    }

    public Map<String, Object> summary() {
        double[] o = prf(offTp, offSys, offGold);
        double[] d = prf(dirTp, dirSys, dirGold);
        double[] l = prf(dlTp, dlSys, dlGold);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", docs);
        out.put("docs_missing", missing);
        out.put("officials_p", r(o[0]));
        out.put("officials_r", r(o[1]));
        out.put("officials_f1", r(o[2]));
        out.put("title_acc", offTp == 0 ? 0.0 : r((double) titleOk / offTp));
        out.put("directives_p", r(d[0]));
        out.put("directives_r", r(d[1]));
        out.put("directives_f1", r(d[2]));
        out.put("speaker_acc", spkN == 0 ? 0.0 : r((double) spkOk / spkN));
        out.put("modality_acc", dirTp == 0 ? 0.0 : r((double) modOk / dirTp));
        out.put("deadlines_p", r(l[0]));
        out.put("deadlines_r", r(l[1]));
        out.put("deadlines_f1", r(l[2]));
        out.put("deadline_value_acc", dlTp == 0 ? 0.0 : r((double) dlValOk / dlTp));
        out.put("level_acc", docs == 0 ? 0.0 : r((double) lvlOk / docs));
        out.put("region_acc", docs == 0 ? 0.0 : r((double) regOk / docs));
        return out;
    }

    static Set<String> bigrams(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> PUNCT.indexOf(c) < 0).forEach(b::appendCodePoint);
        String t = b.toString();
        Set<String> out = new HashSet<>();
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        if (out.isEmpty()) {
            out.add(t);
        }
        return out;
    }

    static double jaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }

    /** Greedy best-first matching by Jaccard ≥ 0.5, ties broken as Python's sort of (score, i, j) descending. */
    static List<int[]> match(List<JsonNode> sys, List<JsonNode> gold) {
        List<double[]> cands = new ArrayList<>();
        for (int i = 0; i < sys.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                double sc = jaccard(sys.get(i).path("text").asText(), gold.get(j).path("text").asText());
                if (sc >= 0.5) {
                    cands.add(new double[] {sc, i, j});
                }
            }
        }
        cands.sort((p, q) -> {
            for (int k = 0; k < 3; k++) {
                int c = Double.compare(q[k], p[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Set<Integer> us = new HashSet<>();
        Set<Integer> ug = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : cands) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (us.contains(i) || ug.contains(j)) {
                continue;
            }
            us.add(i);
            ug.add(j);
            pairs.add(new int[] {i, j});
        }
        return pairs;
    }

    private static double[] prf(int tp, int nSys, int nGold) {
        double p = nSys > 0 ? (double) tp / nSys : (nGold == 0 ? 1.0 : 0.0);
        double r = nGold > 0 ? (double) tp / nGold : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    /** Rounds half to even at three decimals, as Python's round does on the same double. */
    private static double r(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String normTitle(JsonNode t) {
        String s = t == null || t.isNull() ? "" : t.asText();
        return s.replaceAll("\\s+", "").replace("，", "、").replace(",", "、");
    }

    private static String speaker(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        if (s.isObject()) {
            JsonNode n = s.get("name");
            return n == null || n.isNull() ? null : n.asText();
        }
        return s.asText();
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !(n.isObject() && n.isEmpty());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "\u0000null" : n.asText();
    }

    private static List<String> last(JsonNode path) {
        List<String> all = new ArrayList<>();
        path.forEach(p -> all.add(p.asText()));
        return all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
    }

    private static List<JsonNode> list(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        arr.forEach(out::add);
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static String head(String s) {
        return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 60));
    }
}
