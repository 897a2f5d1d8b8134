package org.luoshi.link;

import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves citations to documents of the corpus: same level as cited, a unit above the citing one (or national),
 * a kind that fits the title (电视电话会议 for TV conferences, 指示/批示 for instructions), and a date on the day cited
 * or up to a week before the citing meeting. A citation without a date of its own takes the document's date, or
 * the latest date another citation of the same document gives.
 */
public final class CitationResolver {
    private static final int DAYS_BEFORE = 7;
    private static final Pattern TVCONF = Pattern.compile("电视电话会");
    private static final Pattern INSTRUCTION = Pattern.compile("指示|批示");
    private static final Pattern MEETING = Pattern.compile("会议|会$|召开");
    private static final Pattern NOTICE = Pattern.compile("通知|意见|印发|办法|规定");

    /** A document that may be cited: its record, the unit it speaks for and its place in the catalog (for ties). */
    public record Candidate(DocumentInfo doc, Unit unit, int rank) {
    }

    /** Candidates by level, then by date: a citation looks only at its level and the week before its date. */
    private final Map<String, TreeMap<String, List<Candidate>>> byLevelAndDate = new HashMap<>();

    public CitationResolver(List<DocumentInfo> docs) {
        int rank = 0;
        for (DocumentInfo d : docs) {
            rank++;
            String date = date(d);
            if (d.level() == null || date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue; // an undated document cannot be matched by date
            }
            byLevelAndDate.computeIfAbsent(d.level(), k -> new TreeMap<>()).computeIfAbsent(date, k -> new ArrayList<>())
                    .add(new Candidate(d, Unit.of(d), rank));
        }
    }

    /** The candidates of the level that a citation dated {@code when} may mean. */
    private Iterable<Candidate> candidates(String level, String when) {
        TreeMap<String, List<Candidate>> dates = byLevelAndDate.get(level);
        if (dates == null || when == null) {
            return List.of();
        }
        java.util.Collection<List<Candidate>> lists;
        if (when.matches("\\d{4}-\\d{2}-\\d{2}")) {
            lists = dates.subMap(LocalDate.parse(when).minusDays(DAYS_BEFORE).toString(), true, when, true).values();
        } else if (when.startsWith("--")) {
            lists = dates.entrySet().stream().filter(e -> e.getKey().endsWith(when.substring(1))).map(Map.Entry::getValue).toList();
        } else {
            return List.of();
        }
        return () -> lists.stream().flatMap(List::stream).iterator();
    }

    public List<CitationLink> resolve(DocumentInfo citing, List<Citation> citations) {
        Unit unit = Unit.of(citing);
        String fallback = date(citing);
        if (fallback == null) {
            fallback = citations.stream().map(Citation::date).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
        }
        List<CitationLink> out = new ArrayList<>();
        for (Citation c : citations) {
            String when = c.date() != null ? c.date() : fallback;
            Candidate best = null;
            double bestScore = 0;
            for (Candidate cand : candidates(c.level(), when)) {
                if (cand.doc().id().equals(citing.id())) { // candidates are of the cited level already
                    continue;
                }
                if (!(cand.unit().level() == Level.NATIONAL || cand.unit().isAbove(unit)) || !kindFits(c.kind(), cand.doc().title())) {
                    continue;
                }
                double score = dateScore(when, date(cand.doc()));
                if (score > bestScore || score == bestScore && score > 0 && cand.rank() < best.rank()) {
                    bestScore = score;
                    best = cand;
                }
            }
            out.add(new CitationLink(citing.id(), best == null ? null : best.doc().id(), "citation", best == null ? 0 : bestScore, c));
        }
        return out;
    }

    private static boolean kindFits(String kind, String title) {
        if (title == null) {
            return false;
        }
        return switch (kind) {
            case Citation.TVCONF -> TVCONF.matcher(title).find();
            case Citation.INSTRUCTION -> INSTRUCTION.matcher(title).find();
            case Citation.NOTICE -> NOTICE.matcher(title).find();
            default -> MEETING.matcher(title).find();
        };
    }

    /** 1 on the same day, falling linearly to 0.3 a week before; 0 when after the citing date or further back. */
    static double dateScore(String cited, String candidate) {
        if (cited == null || candidate == null || !candidate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return 0;
        }
        if (cited.startsWith("--")) {
            return candidate.endsWith(cited.substring(1)) ? 0.9 : 0;
        }
        if (!cited.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return 0;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(candidate), LocalDate.parse(cited));
        if (days < 0 || days > DAYS_BEFORE) {
            return 0;
        }
        return 1.0 - 0.1 * days;
    }

    private static String date(DocumentInfo d) {
        return d.effectiveDate();
    }
}
