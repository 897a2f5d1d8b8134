package org.luoshi.track;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.link.Similarity;
import org.luoshi.link.Unit;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;
import org.luoshi.model.TextSpan;
import org.luoshi.normalize.SentenceSplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the follow-through ledger: for every directive of a higher unit and every lower unit of the corpus under
 * it (or citing its document), whether that unit relayed it (a relay link from one of its directives), reported it
 * done (a text of the unit dated after it, with a sentence that reports completion — 已完成, 整改到位, figures — and
 * resembles the directive), or left it open. Units are compared by GB/T 2260 code; national is above all.
 */
public final class LedgerBuilder {
    private static final Pattern DONE = Pattern.compile("已完成|已经完成|整改到位|全部完成|已全部|共排查|排查[^，。]{0,10}\\d+[处家个]|整改[^，。]{0,6}\\d+|已落实|落实到位");
    private static final double REPORT_SIMILARITY = 0.35;

    public List<LedgerRow> build(List<Extraction> records, List<JsonNode> links) {
        Map<String, Extraction> docs = new HashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, List<String>> datesByUnit = new HashMap<>();
        for (Extraction e : records) {
            docs.put(e.doc().id(), e);
            Unit u = Unit.of(e.doc());
            if (u.level() != null) {
                units.putIfAbsent(UnitKey.key(u), u);
                if (date(e) != null) {
                    datesByUnit.computeIfAbsent(UnitKey.key(u), k -> new ArrayList<>()).add(date(e));
                }
            }
        }
        Map<String, List<String>> relayedBy = new HashMap<>(); // higher directive id -> evidence strings keyed by unit
        Map<String, String> relayUnit = new HashMap<>();
        Map<String, List<String>> citers = new HashMap<>();     // cited doc id -> citing unit keys
        for (JsonNode l : links) {
            String from = l.path("from").asText();
            String to = l.path("to").isNull() ? null : l.path("to").asText();
            if (to == null) {
                continue;
            }
            if ("relay".equals(l.path("type").asText())) {
                Extraction lower = docs.get(from.split("#")[0]);
                if (lower != null) {
                    String key = to + "|" + UnitKey.key(Unit.of(lower.doc()));
                    relayedBy.computeIfAbsent(key, k -> new ArrayList<>()).add("relay from " + from + ": " + l.path("evidence").path("from_passage").asText());
                    relayUnit.put(key, from);
                }
            } else {
                Extraction citing = docs.get(from);
                if (citing != null) {
                    citers.computeIfAbsent(to, k -> new ArrayList<>()).add(UnitKey.key(Unit.of(citing.doc())));
                }
            }
        }
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, List<String[]>> doneByUnit = doneSentences(records);
        for (Extraction higher : records) {
            Unit hu = Unit.of(higher.doc());
            if (hu.level() == null || higher.directives().isEmpty()) {
                continue;
            }
            String hDate = date(higher);
            for (Map.Entry<String, Unit> e : units.entrySet()) {
                Unit lu = e.getValue();
                boolean under = hu.level() == Level.NATIONAL ? lu.level() != Level.NATIONAL : hu.isAbove(lu);
                boolean cites = citers.getOrDefault(higher.doc().id(), List.of()).contains(e.getKey());
                boolean received = cites || (under && activeAfter(datesByUnit.get(e.getKey()), hDate));
                if (!under && !cites) {
                    continue;
                }
                for (Directive d : higher.directives()) {
                    String key = d.id() + "|" + e.getKey();
                    if (!received && !relayedBy.containsKey(key)) {
                        continue; // a unit the corpus does not show at work after the instruction, and that did not relay it
                    }
                    List<String> evidence = new ArrayList<>(relayedBy.getOrDefault(key, List.of()));
                    String status = evidence.isEmpty() ? LedgerRow.OPEN : LedgerRow.RELAYED;
                    if (evidence.isEmpty()) {
                        String report = reportOfDone(d, hDate, doneByUnit.getOrDefault(e.getKey(), List.of()));
                        if (report != null) {
                            status = LedgerRow.REPORTED_DONE;
                            evidence.add(report);
                        }
                    }
                    rows.add(new LedgerRow(d.id(), d.text(), UnitKey.key(hu), e.getKey(), UnitKey.name(lu), status,
                            d.deadline() == null ? null : d.deadline().type(), d.deadline() == null ? null : d.deadline().value(),
                            hDate, evidence));
                }
            }
        }
        rows.sort((a, b) -> a.directive().equals(b.directive()) ? a.unit().compareTo(b.unit()) : a.directive().compareTo(b.directive()));
        return rows;
    }

    /** Per unit, the sentences of its texts that report something done, with their text's date and id. */
    private static Map<String, List<String[]>> doneSentences(List<Extraction> records) {
        Map<String, List<String[]>> out = new HashMap<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Extraction e : records) {
            if (e.text() == null) {
                continue;
            }
            for (TextSpan s : splitter.split(e.text())) {
                String sentence = s.of(e.text());
                if (DONE.matcher(sentence).find()) {
                    out.computeIfAbsent(UnitKey.key(Unit.of(e.doc())), k -> new ArrayList<>())
                            .add(new String[] {date(e), e.doc().id(), sentence});
                }
            }
        }
        return out;
    }

    /** A sentence reporting completion, dated not before the directive, that resembles it. */
    private static String reportOfDone(Directive d, String hDate, List<String[]> done) {
        for (String[] s : done) {
            if (hDate != null && s[0] != null && s[0].compareTo(hDate) < 0) {
                continue;
            }
            if (Similarity.score(s[2], d.text()) >= REPORT_SIMILARITY) {
                return "reported in " + s[1] + ": " + s[2];
            }
        }
        return null;
    }

    /**
     * Whether the corpus shows the unit at work after the directive: a text of it dated on the directive's day or
     * within {@link #WINDOW_DAYS} after (a unit the corpus knows only from years before or after says nothing of
     * the instruction). Undated directives or units count as active.
     */
    static boolean activeAfter(List<String> unitDates, String directiveDate) {
        if (directiveDate == null || !directiveDate.matches("\\d{4}-\\d{2}-\\d{2}") || unitDates == null) {
            return true;
        }
        java.time.LocalDate from = java.time.LocalDate.parse(directiveDate);
        java.time.LocalDate to = from.plusDays(WINDOW_DAYS);
        for (String d : unitDates) {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                java.time.LocalDate x = java.time.LocalDate.parse(d);
                if (!x.isBefore(from) && !x.isAfter(to)) {
                    return true;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    static final int WINDOW_DAYS = 366;

    private static String date(Extraction e) {
        return e.doc().meetingDate() != null ? e.doc().meetingDate() : e.doc().published();
    }
}
