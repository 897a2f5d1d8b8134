package org.luoshi.link;

import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves citations to documents of the corpus. A candidate has the cited level (and the named unit's code when the
 * citation names one), a unit above the citing one (or national), a kind that fits its title (电视电话会议 or 视频会议
 * for TV conferences, 指示/批示 for instructions) and a date on the day cited or up to {@link #DAYS_BEFORE} days before
 * (the window). A citation without a date of its own takes the document's date, or the latest date another
 * citation of the same document gives; with no year known, the month and day are matched in any year. An instruction
 * or accident cited by its accident resolves to the item about the same accident (kind, place, day); a campaign to the
 * latest higher item before the citing date that names it.
 */
public final class CitationResolver {
    static final int DAYS_BEFORE = 14;
    /** Days between an accident and the instruction about it. */
    private static final int ACCIDENT_DAYS = 10;
    private static final Pattern TVCONF = Pattern.compile("电视电话会|视频会");
    private static final Pattern INSTRUCTION = Pattern.compile("指示|批示");
    private static final Pattern MEETING = Pattern.compile("会议|会$|召开");
    private static final Pattern CAMPAIGN_ENDING = Pattern.compile("(专项整治三年行动|三年专项整治|专项整治|专项行动|百日攻坚行动|百日攻坚|攻坚行动|集中整治|集中除患攻坚)$");
    private static final Pattern NOTICE = Pattern.compile("通知|意见|印发|办法|规定");

    /**
     * A document that may be cited: its record, the unit it speaks for, its place in the catalog (for ties), the
     * accidents its title and lead name and its title and lead as one string (for campaigns).
     */
    public record Candidate(DocumentInfo doc, Unit unit, int rank, List<Accident> accidents, String head, LocalDate date,
                            Set<String> kinds) {
        Candidate(DocumentInfo doc, Unit unit, int rank, List<Accident> accidents, String head) {
            this(doc, unit, rank, accidents, head, LocalDate.parse(doc.effectiveDate()), titleKinds(doc.title()));
        }
    }

    /** The citation kinds a title can answer ({@link #kindFits}), read once per candidate. */
    private static Set<String> titleKinds(String title) {
        Set<String> kinds = new java.util.HashSet<>();
        for (String kind : List.of(Citation.TVCONF, Citation.INSTRUCTION, Citation.NOTICE, Citation.MEETING)) {
            if (kindFits(kind, title)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Candidates by level, then by date: a citation looks only at its level and the days before its date. */
    private final Map<String, TreeMap<String, List<Candidate>>> byLevelAndDate = new HashMap<>();

    /** Candidates from records alone (no accidents or campaigns known). */
    public CitationResolver(List<DocumentInfo> docs) {
        this(docs, null);
    }

    /**
     * @param heads per document id, its title and lead (null: only titles are known); accidents are read from them
     */
    public CitationResolver(List<DocumentInfo> docs, Map<String, String> heads) {
        // candidates (accidents read from their heads) made on all cores, filed in corpus order
        List<Candidate> made = java.util.stream.IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
            DocumentInfo d = docs.get(i);
            String date = d.effectiveDate();
            if (d.level() == null || date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return null; // an undated document cannot be matched by date
            }
            String head = heads == null ? d.title() : heads.getOrDefault(d.id(), d.title());
            List<Accident> accidents = head == null ? List.of() : Accident.find(head);
            return new Candidate(d, Unit.of(d), i + 1, accidents, head == null ? "" : head);
        }).toList();
        for (Candidate c : made) {
            if (c != null) {
                byLevelAndDate.computeIfAbsent(c.doc().level(), k -> new TreeMap<>())
                        .computeIfAbsent(c.doc().effectiveDate(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    private CitationResolver() {
    }

    /**
     * This resolver with only some documents left as cited ones, ranked as before: what an incremental run needs to
     * resolve an earlier citation again, since only a new document can beat the one it resolved to before (ties go to
     * the document first in the corpus, whose order an incremental run keeps).
     *
     * @param ids the documents that may still be cited
     */
    public CitationResolver restrictedTo(Set<String> ids) {
        CitationResolver r = new CitationResolver();
        byLevelAndDate.forEach((level, dates) -> dates.forEach((date, candidates) -> {
            List<Candidate> kept = candidates.stream().filter(c -> ids.contains(c.doc().id())).toList();
            if (!kept.isEmpty()) {
                r.byLevelAndDate.computeIfAbsent(level, k -> new TreeMap<>()).put(date, kept);
            }
        }));
        return r;
    }

    /** The candidates of a level dated from {@code from} to {@code to}, both included. */
    private Collection<Candidate> between(String level, LocalDate from, LocalDate to) {
        TreeMap<String, List<Candidate>> dates = byLevelAndDate.get(level);
        if (dates == null) {
            return List.of();
        }
        return dates.subMap(from.toString(), true, to.toString(), true).values().stream().flatMap(List::stream).toList();
    }

    /** The candidates of a level dated on the month-days from {@code from} to {@code to} (a span in year 2001) of any year. */
    private Collection<Candidate> betweenAnyYear(String level, LocalDate from, LocalDate to) {
        TreeMap<String, List<Candidate>> dates = byLevelAndDate.get(level);
        if (dates == null) {
            return List.of();
        }
        long span = ChronoUnit.DAYS.between(from, to);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : dates.entrySet()) {
            LocalDate d = LocalDate.parse(e.getKey());
            for (int y = d.getYear() - 1; y <= d.getYear(); y++) {
                LocalDate f = from.withYear(y);
                if (!d.isBefore(f) && !d.isAfter(f.plusDays(span))) {
                    out.addAll(e.getValue());
                    break;
                }
            }
        }
        return out;
    }

    public List<CitationLink> resolve(DocumentInfo citing, List<Citation> citations) {
        Unit unit = Unit.of(citing);
        String fallback = citing.effectiveDate();
        if (fallback == null) {
            fallback = citations.stream().map(Citation::date).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
        }
        List<CitationLink> out = new ArrayList<>();
        for (Citation c : citations) {
            String when = c.date() != null ? c.date() : fallback;
            String own = citing.effectiveDate();
            boolean dated = own != null && own.matches("\\d{4}-\\d{2}-\\d{2}");
            if (dated && when != null && when.matches("\\d{4}-\\d{2}-\\d{2}") && when.compareTo(own) > 0) {
                when = own; // a later date in the sentence is what the meeting planned (研究部署4月8日…), not when it met
            }
            Candidate best = null;
            double bestScore = 0;
            LocalDate whenDate = when != null && when.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(when) : null;
            String campaignKey = c.campaign() == null ? "" : CAMPAIGN_ENDING.matcher(c.campaign()).replaceAll("");
            for (Candidate cand : candidates(c, when)) {
                // what scores 0 is never taken: an accident needs one in the candidate, a campaign its name in the head
                if (c.accident() != null ? cand.accidents().isEmpty()
                        : Citation.CAMPAIGN.equals(c.kind()) && (campaignKey.length() < 2 || !cand.head().contains(campaignKey))) {
                    continue;
                }
                if (cand.doc().id().equals(citing.id()) || dated && cand.doc().effectiveDate().compareTo(own) > 0
                        || !(cand.unit().level() == Level.NATIONAL || cand.unit().isAbove(unit))
                        || (c.unit() != null && !c.unit().equals(cand.unit().code()))) {
                    continue;
                }
                double score = score(c, when, whenDate, campaignKey, cand);
                if (score > bestScore || score == bestScore && score > 0 && cand.rank() < best.rank()) {
                    bestScore = score;
                    best = cand;
                }
            }
            out.add(new CitationLink(citing.id(), best == null ? null : best.doc().id(), "citation",
                    best == null ? 0 : Math.round(bestScore * 1000) / 1000.0, c));
        }
        return out;
    }

    /** Where to look: the days before the citing date, or for an accident the days after it happened. */
    private Collection<Candidate> candidates(Citation c, String when) {
        boolean full = when != null && when.matches("\\d{4}-\\d{2}-\\d{2}");
        Accident a = c.accident();
        if (a != null && a.month() != null) {
            LocalDate at = LocalDate.of(full ? Integer.parseInt(when.substring(0, 4)) : 2001, a.month(), Math.min(a.day(), 28));
            if (full && at.isAfter(LocalDate.parse(when))) {
                at = at.minusYears(1); // the accident came before the text that acts on it
            }
            return full ? between(c.level(), at.minusDays(2), at.plusDays(ACCIDENT_DAYS))
                    : betweenAnyYear(c.level(), at.minusDays(2), at.plusDays(ACCIDENT_DAYS));
        }
        if (when == null) {
            return List.of();
        }
        if (Citation.CAMPAIGN.equals(c.kind()) || Citation.ACCIDENT.equals(c.kind())) {
            return full ? between(c.level(), LocalDate.parse(when).minusYears(3), LocalDate.parse(when)) : List.of();
        }
        if (full) {
            return between(c.level(), LocalDate.parse(when).minusDays(DAYS_BEFORE), LocalDate.parse(when));
        }
        if (when.startsWith("--")) {
            LocalDate w = LocalDate.parse("2001" + when.substring(1));
            return betweenAnyYear(c.level(), w.minusDays(DAYS_BEFORE), w);
        }
        return List.of();
    }

    /** How well a candidate answers a citation; 0 when it cannot be the one cited. */
    private static double score(Citation c, String when, LocalDate whenDate, String campaignKey, Candidate cand) {
        if (c.accident() != null) {
            double best = 0;
            for (Accident a : cand.accidents()) {
                best = Math.max(best, c.accident().matches(a, 3));
            }
            if (best == 0 && c.accident().month() != null) {
                // the item names the place and kind but not the day: its own date stands for the day
                LocalDate d = cand.date();
                Accident dated = new Accident(List.of(), c.accident().kind(), d.getMonthValue(), d.getDayOfMonth());
                for (Accident a : cand.accidents()) {
                    if (c.accident().matches(new Accident(a.places(), a.kind(), dated.month(), dated.day()), ACCIDENT_DAYS) >= 1) {
                        best = 0.9;
                    }
                }
            }
            return best >= 0.5 && (Citation.ACCIDENT.equals(c.kind()) || fits(c.kind(), cand)) ? best : 0;
        }
        if (Citation.CAMPAIGN.equals(c.kind())) {
            if (campaignKey.length() < 2 || !cand.head().contains(campaignKey)) {
                return 0;
            }
            long days = ChronoUnit.DAYS.between(cand.date(), whenDate);
            return days < 0 ? 0 : 0.5 + 0.5 / (1 + days / 30.0);
        }
        if (!fits(c.kind(), cand)) {
            return 0;
        }
        return dateScore(when, cand.date());
    }

    /** {@link #kindFits} of the candidate's title, as read when it was made. */
    private static boolean fits(String kind, Candidate cand) {
        return cand.kinds().contains(switch (kind) {
            case Citation.TVCONF, Citation.INSTRUCTION, Citation.NOTICE -> kind;
            default -> Citation.MEETING;
        });
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

    /**
     * 1 on the same day, falling linearly to 0.3 {@link #DAYS_BEFORE} days before; 0 when after the citing date or
     * further back. A yearless citing date ({@code --MM-DD}) is compared by month and day.
     */
    static double dateScore(String cited, String candidate) {
        if (cited == null || candidate == null || !candidate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return 0;
        }
        return dateScore(cited, LocalDate.parse(candidate));
    }

    private static double dateScore(String cited, LocalDate d) {
        LocalDate c;
        double yearless = 1.0;
        if (cited.startsWith("--")) {
            c = LocalDate.parse(d.getYear() + cited.substring(1));
            if (c.isBefore(d)) {
                c = c.plusYears(1);
            }
            yearless = 0.9;
        } else if (cited.matches("\\d{4}-\\d{2}-\\d{2}")) {
            c = LocalDate.parse(cited);
        } else {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(d, c);
        if (days < 0 || days > DAYS_BEFORE) {
            return 0;
        }
        return yearless * (1.0 - 0.7 * days / DAYS_BEFORE);
    }
}
