package org.luoshi.track;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.link.Unit;
import org.luoshi.model.Deadline;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;
import org.luoshi.model.TextSpan;
import org.luoshi.normalize.SentenceSplitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the follow-through ledger ({@code ledger.jsonl}, one {@link LedgerEntry} per directive of a document whose
 * unit is known): the directive, who issued it and when, and what lower units did with it —
 * <ul>
 *   <li>relayed: a relay link from one of their directives ({@code links.jsonl});</li>
 *   <li>reported done: a sentence of their text that reports work done ({@link WorkReports}), in a text that cites the
 *       directive's document (by its meeting, instruction, accident or campaign), on the same action and object
 *       ({@link WorkTerms}), dated on or after the directive.</li>
 * </ul>
 * A document with no full date takes the latest date of what it cites, and a yearless deadline of it its year (the
 * deadline then says {@code inferred}). Statuses per unit, overdue and open are decided when the ledger is read.
 */
public final class LedgerBuilder {
    private final WorkReports reports = new WorkReports();

    /** What the ledger keeps of a document. */
    private record Doc(String id, Unit unit, String date, String title, String source, List<Directive> directives) {
    }

    private record Report(String doc, String sentence) {
    }

    /**
     * @param records the corpus, read once (it may stream from disk)
     * @param links   citation and relay links of the corpus
     * @return one entry per directive of a document with a known level, in directive order
     */
    public List<LedgerEntry> build(Iterable<Extraction> records, List<JsonNode> links) {
        Map<String, List<String>> cites = new HashMap<>();
        for (JsonNode l : links) {
            if ("citation".equals(l.path("type").asText()) && !l.path("to").isNull()) {
                cites.computeIfAbsent(l.path("from").asText(), k -> new ArrayList<>()).add(l.path("to").asText());
            }
        }
        Map<String, Doc> docs = new LinkedHashMap<>();
        List<Report> done = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Extraction e : records) {
            Unit u = Unit.of(e.doc());
            if (u.level() == null) {
                continue;
            }
            docs.put(e.doc().id(), new Doc(e.doc().id(), u, e.doc().effectiveDate(), e.doc().title(), e.doc().source(),
                    e.directives()));
            // a report of work done counts only against what its document cites
            if (u.level() != Level.NATIONAL && e.text() != null && cites.containsKey(e.doc().id())) {
                for (TextSpan s : splitter.split(e.text())) {
                    String sentence = s.of(e.text());
                    if (reports.isReport(sentence)) {
                        done.add(new Report(e.doc().id(), sentence));
                    }
                }
            }
        }
        Map<String, String> datedBy = new HashMap<>();
        cites.forEach((from, cited) -> {
            for (String to : cited) {
                Doc d = docs.get(to);
                if (d != null && isFull(d.date())) {
                    datedBy.merge(from, d.date(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        });
        Map<String, Builder> entries = new LinkedHashMap<>();
        for (Doc d : docs.values()) {
            String date = isFull(d.date()) ? d.date() : datedBy.getOrDefault(d.id(), d.date());
            for (Directive x : d.directives()) {
                entries.put(x.id(), new Builder(x, d, date, deadline(x.deadline(), date, !isFull(d.date()))));
            }
        }
        for (JsonNode l : links) {
            if (!"relay".equals(l.path("type").asText())) {
                continue;
            }
            Builder higher = entries.get(l.path("to").asText());
            Builder lower = entries.get(l.path("from").asText());
            if (higher == null || lower == null || !isBelow(lower.doc.unit(), higher.doc.unit())) {
                continue;
            }
            JsonNode ev = l.path("evidence");
            String evidence = ev.path("from_passage").asText("");
            if (ev.path("shared_slogans").isArray() && !ev.path("shared_slogans").isEmpty()) {
                List<String> words = new ArrayList<>();
                ev.path("shared_slogans").forEach(w -> words.add(w.asText()));
                evidence = String.join("、", words) + (evidence.isEmpty() ? "" : "：" + evidence);
            }
            higher.relays.add(receipt(lower.doc, lower.directive.id(), lower.date, l.path("score").asDouble(),
                    lower.directive.text() + (evidence.isEmpty() ? "" : "（" + evidence + "）"), Map.of()));
        }
        for (Report r : done) {
            Doc lower = docs.get(r.doc());
            String lowerDate = isFull(lower.date()) ? lower.date() : datedBy.get(lower.id());
            for (String citedId : cites.getOrDefault(r.doc(), List.of())) {
                Doc higher = docs.get(citedId);
                if (higher == null || !isBelow(lower.unit(), higher.unit())) {
                    continue;
                }
                for (Directive x : higher.directives()) {
                    Builder b = entries.get(x.id());
                    if (WorkTerms.carriesOut(r.sentence(), x.text()) && notBefore(lowerDate, b.date)
                            && b.reports.stream().noneMatch(p -> p.doc().equals(lower.id()) && p.evidence().equals(r.sentence()))) {
                        b.reports.add(receipt(lower, null, lowerDate, 1.0, r.sentence(), reports.figures(r.sentence())));
                    }
                }
            }
        }
        List<LedgerEntry> out = new ArrayList<>(entries.size());
        for (Builder b : entries.values()) {
            out.add(b.build());
        }
        out.sort((a, b) -> a.directive().compareTo(b.directive()));
        return out;
    }

    /** A yearless deadline of a document dated by its citations takes the year of that date (or the next). */
    private static Deadline deadline(Deadline d, String date, boolean datedByCitations) {
        if (d == null || !datedByCitations || !isFull(date) || d.value() == null || !d.value().matches("--\\d{2}-\\d{2}")) {
            return d;
        }
        LocalDate at = LocalDate.parse(date);
        LocalDate value;
        try {
            value = LocalDate.parse(at.getYear() + d.value().substring(1));
        } catch (java.time.DateTimeException e) {
            return d;
        }
        if (value.isBefore(at)) {
            value = value.plusYears(1);
        }
        return new Deadline(d.text(), d.type(), value.toString(), "year from cited documents");
    }

    private static boolean isBelow(Unit lower, Unit higher) {
        return higher.level() == Level.NATIONAL ? lower.level() != Level.NATIONAL : higher.isAbove(lower);
    }

    private static boolean notBefore(String lower, String higher) {
        return lower == null || higher == null || !isFull(lower) || !isFull(higher) || lower.compareTo(higher) >= 0;
    }

    private static boolean isFull(String date) {
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static LedgerEntry.Receipt receipt(Doc d, String directive, String date, double score, String evidence,
                                               Map<String, String> figures) {
        Unit u = d.unit();
        return new LedgerEntry.Receipt(UnitKey.key(u), u.level().code(), u.code(), UnitKey.name(u), directive, d.id(), date,
                score, evidence, figures);
    }

    /** An entry being built: the directive, its document, date and deadline, and what lower units did. */
    private static final class Builder {
        final Directive directive;
        final Doc doc;
        final String date;
        final Deadline deadline;
        final List<LedgerEntry.Receipt> relays = new ArrayList<>();
        final List<LedgerEntry.Receipt> reports = new ArrayList<>();

        Builder(Directive directive, Doc doc, String date, Deadline deadline) {
            this.directive = directive;
            this.doc = doc;
            this.date = date;
            this.deadline = deadline;
        }

        LedgerEntry build() {
            Unit u = doc.unit();
            relays.sort((a, b) -> a.directive().compareTo(b.directive()));
            return new LedgerEntry(directive.id(), directive.text(), doc.id(), doc.source(), doc.title(),
                    directive.speaker() == null ? null : directive.speaker().name(),
                    directive.speaker() == null ? null : directive.speaker().title(), UnitKey.key(u), u.level().code(), u.code(),
                    UnitKey.name(u), date, deadline, directive.addressees(), directive.sectors(), relays, reports);
        }
    }
}
