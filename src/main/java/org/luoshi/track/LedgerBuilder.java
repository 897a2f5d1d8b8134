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
 * Builds the follow-through ledger. A lower unit has received a higher document when the corpus shows it: one of
 * its texts cites that document or relays one of its directives. For every directive of such a document and every
 * unit below that received it: relayed (a relay link from that unit), reported_done (a text of the unit dated after
 * it reports completion — 已完成, 整改到位, figures — in words that resemble the directive) or open. Units are compared
 * by GB/T 2260 code; national is above all. (Counting every unit the corpus merely shows at work as a receiver gave
 * millions of rows on the scale corpus and claims the texts do not support.)
 */
public final class LedgerBuilder {
    private static final Pattern DONE = Pattern.compile("已完成|已经完成|整改到位|全部完成|已全部|共排查|排查[^，。]{0,10}\\d+[处家个]|整改[^，。]{0,6}\\d+|已落实|(已|均已|全部)落实到位");
    /**
     * A cue of duty before the completion cue makes the sentence an instruction, not a report: {@code 要…整改到位},
     * {@code 必须…落实到位}, {@code 把各项防控措施落实到位} (found on the scale corpus, where both reported_done rows were
     * such sentences).
     */
    private static final Pattern DUTY = Pattern.compile("要|必须|务必|应当|确保|切实|善于|把|将");
    private static final double REPORT_SIMILARITY = 0.35;

    /** What the ledger keeps of a document: its unit, date and directives (no full text). */
    private record Slim(String id, Unit unit, String date, List<Directive> directives) {
    }

    /**
     * @param records the corpus, read once (it may stream from disk)
     * @param links   citation and relay links of the corpus
     */
    public List<LedgerRow> build(Iterable<Extraction> records, List<JsonNode> links) {
        Map<String, Slim> docs = new LinkedHashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, List<String[]>> doneByUnit = new HashMap<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Extraction e : records) {
            Unit u = Unit.of(e.doc());
            docs.put(e.doc().id(), new Slim(e.doc().id(), u, date(e), e.directives()));
            if (u.level() == null) {
                continue;
            }
            units.putIfAbsent(UnitKey.key(u), u);
            if (e.text() != null) {
                for (TextSpan s : splitter.split(e.text())) {
                    String sentence = s.of(e.text());
                    if (reportsDone(sentence)) {
                        doneByUnit.computeIfAbsent(UnitKey.key(u), k -> new ArrayList<>()).add(new String[] {date(e), e.doc().id(), sentence});
                    }
                }
            }
        }
        Map<String, List<String>> relayedBy = new HashMap<>(); // "higher directive|unit" -> evidence
        Map<String, java.util.Set<String>> receivers = new HashMap<>(); // higher doc id -> units that cite or relay it
        for (JsonNode l : links) {
            String from = l.path("from").asText();
            String to = l.path("to").isNull() ? null : l.path("to").asText();
            if (to == null) {
                continue;
            }
            boolean relay = "relay".equals(l.path("type").asText());
            Slim lower = docs.get(relay ? from.split("#")[0] : from);
            if (lower == null || lower.unit().level() == null) {
                continue;
            }
            String unitKey = UnitKey.key(lower.unit());
            String higherDoc = relay ? to.split("#")[0] : to;
            receivers.computeIfAbsent(higherDoc, k -> new java.util.TreeSet<>()).add(unitKey);
            if (relay) {
                relayedBy.computeIfAbsent(to + "|" + unitKey, k -> new ArrayList<>())
                        .add("relay from " + from + ": " + l.path("evidence").path("from_passage").asText());
            }
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (Map.Entry<String, java.util.Set<String>> r : receivers.entrySet()) {
            Slim higher = docs.get(r.getKey());
            if (higher == null || higher.unit().level() == null) {
                continue;
            }
            for (String unitKey : r.getValue()) {
                Unit lu = units.get(unitKey);
                boolean under = higher.unit().level() == Level.NATIONAL ? lu.level() != Level.NATIONAL : higher.unit().isAbove(lu);
                if (!under) {
                    continue;
                }
                for (Directive d : higher.directives()) {
                    List<String> evidence = new ArrayList<>(relayedBy.getOrDefault(d.id() + "|" + unitKey, List.of()));
                    String status = evidence.isEmpty() ? LedgerRow.OPEN : LedgerRow.RELAYED;
                    if (evidence.isEmpty()) {
                        String report = reportOfDone(d, higher.date(), doneByUnit.getOrDefault(unitKey, List.of()));
                        if (report != null) {
                            status = LedgerRow.REPORTED_DONE;
                            evidence.add(report);
                        }
                    }
                    rows.add(new LedgerRow(d.id(), d.text(), UnitKey.key(higher.unit()), unitKey, UnitKey.name(lu), status,
                            d.deadline() == null ? null : d.deadline().type(), d.deadline() == null ? null : d.deadline().value(),
                            higher.date(), evidence));
                }
            }
        }
        rows.sort((a, b) -> a.directive().equals(b.directive()) ? a.unit().compareTo(b.unit()) : a.directive().compareTo(b.directive()));
        return rows;
    }

    /** A completion cue with no cue of duty before it: 已完成, 共排查…处, 整改到位 said of what was done. */
    static boolean reportsDone(String sentence) {
        java.util.regex.Matcher m = DONE.matcher(sentence);
        while (m.find()) {
            if (!DUTY.matcher(sentence.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
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

    private static String date(Extraction e) {
        return e.doc().effectiveDate();
    }
}
