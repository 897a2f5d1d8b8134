package org.luoshi.link;

import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Random;

/**
 * Relay linking time as the corpus doubles. Items are the scale corpus's national news; a random half is treated
 * as province-level documents that look for relays among the other half. Timed is what {@link CorpusLinker} does for
 * uncited pairs: the corpus search ({@link RelayLinker}), then the full comparison ({@link CitedRelays}) of the pairs
 * of documents it shows to relay ({@link CorpusLinker#relayingPairs}). For each size the linker runs on the
 * first n documents (of a seeded random order, or of the file); the report gives the best time of three runs, the links found, the work counted
 * (alignments: those computed, not those a letter bound skipped), and the
 * growth factor per doubling beyond linear (time(n) / (2 × time(n/2)); 1.0 is linear).
 */
public final class LinkBenchmark {
    /**
     * One size: the best of {@link #REPEATS} timed runs, the links found, the work done (candidate pairs looked at,
     * alignments computed; counts do not depend on the machine's load) and the growth of time and of alignments
     * per doubling beyond linear.
     */
    public record Step(int documents, int directives, double seconds, int links, long candidatePairs, long alignments,
                       double beyondLinear, double alignmentsBeyondLinear) {
    }

    static final int REPEATS = 3;

    /**
     * @param shuffle take each size as a prefix of the items in a seeded random order (every size a random sample
     *                of the same corpus), not in file order (where later, longer years only enter the larger sizes)
     */
    public List<Step> run(List<Extraction> items, int start, long seed, boolean shuffle) {
        Random random = new Random(seed);
        List<Extraction> records = new ArrayList<>(items);
        if (shuffle) {
            java.util.Collections.shuffle(records, new Random(seed));
        }
        Unit province = new Unit(Level.PROVINCE, "11", List.of("北京市"), false);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            units.add(random.nextBoolean() ? province : Unit.NATIONAL);
        }
        List<Step> steps = new ArrayList<>();
        double previous = 0;
        long previousAlignments = 0;
        for (int n = start; n <= records.size(); n *= 2) {
            List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Extraction e = records.get(i);
                String date = e.doc().effectiveDate();
                for (Directive d : e.directives()) {
                    refs.add(new RelayLinker.DirectiveRef(d.id(), e.doc().id(), d.text(), units.get(i), date));
                }
            }
            double secs = Double.MAX_VALUE;
            int links = 0;
            RelayLinker linker = null;
            for (int k = 0; k < REPEATS; k++) {
                linker = new RelayLinker();
                long t0 = System.nanoTime();
                List<RelayLinker.RelayLink> found = linker.link(refs);
                Map<String, RelayLinker.RelayLink> relays = new TreeMap<>();
                found.forEach(l -> relays.put(l.from() + ">" + l.to(), l));
                CorpusLinker.relaysInPairs(CorpusLinker.relayingPairs(found, Set.of()), CitedRelays.byDocument(refs),
                        CorpusLinker.comparing(refs), relays);
                links = relays.size();
                secs = Math.min(secs, (System.nanoTime() - t0) / 1e9);
            }
            steps.add(new Step(n, refs.size(), secs, links, linker.candidatePairs(), linker.alignments(),
                    previous == 0 ? Double.NaN : secs / (2 * previous),
                    previousAlignments == 0 ? Double.NaN : linker.alignments() / (2.0 * previousAlignments)));
            previous = secs;
            previousAlignments = linker.alignments();
        }
        return steps;
    }
}
