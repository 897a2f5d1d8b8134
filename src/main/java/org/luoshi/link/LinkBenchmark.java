package org.luoshi.link;

import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Relay linking time as the corpus doubles. Items are the scale corpus's national news; a random half is treated
 * as province-level documents that look for relays among the other half. For each size the linker runs on the
 * first n documents; the report gives the time, the links found and the growth factor per doubling beyond linear
 * (time(n) / (2 × time(n/2)); 1.0 is linear).
 */
public final class LinkBenchmark {
    public record Step(int documents, int directives, double seconds, int links, double beyondLinear) {
    }

    public List<Step> run(List<Extraction> records, int start, long seed) {
        Random random = new Random(seed);
        Unit province = new Unit(Level.PROVINCE, "11", List.of("北京市"), false);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            units.add(random.nextBoolean() ? province : Unit.NATIONAL);
        }
        List<Step> steps = new ArrayList<>();
        double previous = 0;
        for (int n = start; n <= records.size(); n *= 2) {
            List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Extraction e = records.get(i);
                String date = e.doc().effectiveDate();
                for (Directive d : e.directives()) {
                    refs.add(new RelayLinker.DirectiveRef(d.id(), e.doc().id(), d.text(), units.get(i), date));
                }
            }
            long t0 = System.nanoTime();
            int links = new RelayLinker().link(refs).size();
            double secs = (System.nanoTime() - t0) / 1e9;
            steps.add(new Step(n, refs.size(), secs, links, previous == 0 ? Double.NaN : secs / (2 * previous)));
            previous = secs;
        }
        return steps;
    }
}
