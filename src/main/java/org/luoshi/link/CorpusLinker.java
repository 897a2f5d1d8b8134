package org.luoshi.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.Level;
import org.luoshi.normalize.SentenceSplitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * All links of a corpus as {@code links.jsonl} lines ({@code {"from","to","type","score","evidence"}}): citations
 * from documents to the higher meetings and instructions they name (document ids; {@code to} null when the cited
 * document is not in the corpus) and relays from directives to the higher directives they restate (directive ids).
 * Lines are sorted, so the same corpus always gives the same file.
 */
public final class CorpusLinker {
    /** How much of a national item's text names its accident or campaign: the title and the lead. */
    private static final int HEAD = 300;
    /** Directives of an uncited document that must restate a higher document for all its directives to be compared. */
    static final int RELAYING_DIRECTIVES = 2;
    /** The most uncited higher documents one document is compared with in full. */
    static final int RELAYED_DOCUMENTS = 3;
    private final CitationFinder citations = new CitationFinder();
    private final SentenceSplitter sentences = new SentenceSplitter();

    /**
     * Links a corpus read once, record by record ({@code records} may stream them from disk): only slim document
     * facts, directive texts and the citations found are kept, so the whole scale corpus fits a small heap.
     */
    public List<String> link(Iterable<Extraction> records) throws IOException {
        return link(records, null, List.of());
    }

    /**
     * Links incrementally: {@code previous} are the links of an earlier run, {@code fresh} the ids of the documents
     * added since (null: link everything anew). Links between two earlier documents are kept as they were (those
     * touching a document no longer in the corpus are dropped); citations are looked for only in fresh documents,
     * and earlier citations are resolved again, so one that named a meeting not yet ingested now finds it; relays are
     * computed only for pairs with a fresh side. The ledger is then rebuilt from all links.
     */
    public List<String> link(Iterable<Extraction> records, Set<String> fresh, List<String> previous) throws IOException {
        List<DocumentInfo> docs = new ArrayList<>();
        Map<String, Integer> docIndex = new HashMap<>();
        List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
        // (reassigned once citations have dated the undated documents)
        List<Boolean> refFresh = new ArrayList<>();
        Map<Integer, List<Citation>> citationsOf = new TreeMap<>();
        Map<String, String> heads = new HashMap<>();
        List<CitingText> toRead = new ArrayList<>(TEXTS_AT_ONCE);
        for (Extraction e : records) {
            DocumentInfo d = e.doc();
            boolean isFresh = fresh == null || fresh.contains(d.id());
            docIndex.put(d.id(), docs.size());
            docs.add(new DocumentInfo(d.id(), d.source(), d.title(), d.level(), d.region(), d.meetingDate(), d.published(), d.addressees(), null));
            if (Level.NATIONAL.code().equals(d.level()) && e.text() != null) {
                heads.put(d.id(), e.text().substring(0, Math.min(e.text().length(), HEAD)));
            }
            Unit unit = Unit.of(d);
            String date = date(d);
            for (Directive x : e.directives()) {
                refs.add(new RelayLinker.DirectiveRef(x.id(), d.id(), x.text(), unit, date, x.deadline()));
                refFresh.add(isFresh);
            }
            if (isFresh && e.text() != null) {
                String year = date != null && date.matches("\\d{4}-.*") ? date.substring(0, 4) : null;
                toRead.add(new CitingText(docs.size() - 1, e.text(), Level.of(d.level()), year));
                if (toRead.size() == TEXTS_AT_ONCE) {
                    findCitations(toRead, citationsOf);
                }
            }
        }
        findCitations(toRead, citationsOf);
        List<String> lines = new ArrayList<>();
        // Earlier citations, per citing document, with the documents they resolved to (null: none).
        Map<Integer, List<Citation>> earlierCitationsOf = new TreeMap<>();
        Map<Integer, Set<String>> earlierTargetsOf = new HashMap<>();
        for (String line : previous) {
            JsonNode n = Json.mapper().readTree(line);
            String from = n.path("from").asText();
            String to = n.path("to").isNull() ? null : n.path("to").asText();
            boolean relay = "relay".equals(n.path("type").asText());
            String fromDoc = relay ? from.split("#")[0] : from;
            Integer at = docIndex.get(fromDoc);
            if (at == null || fresh.contains(fromDoc)) {
                continue; // gone, or linked again below
            }
            if (relay) {
                String toDoc = to.split("#")[0];
                if (docIndex.containsKey(toDoc) && !fresh.contains(toDoc)) {
                    lines.add(line);
                }
            } else {
                // Resolved again against the corpus as it is now: the earlier citation is its own evidence.
                earlierCitationsOf.computeIfAbsent(at, k -> new ArrayList<>()).add(Json.mapper().treeToValue(n.path("evidence"), Citation.class));
                Set<String> targets = earlierTargetsOf.computeIfAbsent(at, k -> new java.util.HashSet<>());
                if (to != null) {
                    targets.add(to);
                }
            }
        }
        CitationResolver resolver = new CitationResolver(docs, heads);
        // An earlier citation can only be won over by a new document, so it is resolved again among the new documents
        // and what the earlier citations resolved to — unless what it resolved to is gone, when it looks at all.
        Set<String> newOrEarlierTargets = new java.util.HashSet<>();
        if (!earlierCitationsOf.isEmpty()) {
            newOrEarlierTargets.addAll(fresh);
            earlierTargetsOf.values().forEach(newOrEarlierTargets::addAll);
        }
        CitationResolver again = earlierCitationsOf.isEmpty() ? resolver : resolver.restrictedTo(newOrEarlierTargets);
        Map<Integer, CitationResolver> resolverOf = new HashMap<>();
        for (Map.Entry<Integer, List<Citation>> e : earlierCitationsOf.entrySet()) {
            citationsOf.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
            boolean targetsKept = earlierTargetsOf.get(e.getKey()).stream().allMatch(docIndex::containsKey);
            resolverOf.put(e.getKey(), targetsKept ? again : resolver);
        }
        java.util.Set<String> citedPairs = new java.util.TreeSet<>();
        Map<String, String> bounds = new HashMap<>(); // undated citing document -> the latest date it can have
        for (Map.Entry<Integer, List<Citation>> e : citationsOf.entrySet()) {
            List<Citation> inTextOrder = new ArrayList<>(e.getValue());
            inTextOrder.sort(java.util.Comparator.comparingInt(Citation::start));
            for (CitationLink l : resolverOf.getOrDefault(e.getKey(), resolver).resolve(docs.get(e.getKey()), inTextOrder)) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("from", l.from());
                n.put("to", l.to());
                n.put("type", l.type());
                n.put("score", l.score());
                n.set("evidence", Json.mapper().valueToTree(l.evidence()));
                lines.add(Json.mapper().writeValueAsString(n));
                if (l.to() != null) {
                    bound(bounds, docs.get(e.getKey()), docs.get(docIndex.get(l.to())), l.evidence());
                }
                if (l.to() != null && (fresh == null || fresh.contains(l.from()) || fresh.contains(l.to()))) {
                    citedPairs.add(l.from() + " " + l.to());
                }
            }
        }
        refs = datedByCitations(refs, docs, bounds);
        Map<String, RelayLinker.RelayLink> relays = new TreeMap<>();
        java.util.function.Supplier<CitedRelays> cited = comparing(refs);
        Map<String, List<RelayLinker.DirectiveRef>> byDoc = CitedRelays.byDocument(refs);
        relaysInPairs(citedPairs, byDoc, cited, relays);
        boolean[] freshFlags = new boolean[refs.size()];
        for (int i = 0; i < freshFlags.length; i++) {
            freshFlags[i] = refFresh.get(i);
        }
        Map<String, String> textOf = new HashMap<>();
        refs.forEach(r -> textOf.put(r.id(), r.text()));
        List<RelayLinker.RelayLink> found = new ArrayList<>();
        for (RelayLinker.RelayLink l : new RelayLinker().link(refs, fresh == null ? null : freshFlags)) {
            if (CitedRelays.reportsAnInstruction(textOf.get(l.from()))) {
                continue;
            }
            found.add(l);
            keepBest(relays, l);
        }
        relaysInPairs(relayingPairs(found, citedPairs), byDoc, cited, relays);
        for (RelayLinker.RelayLink l : relays.values()) {
            lines.add(Json.mapper().writeValueAsString(l));
        }
        lines.sort(null);
        return lines;
    }

    /** Texts whose citations are looked for together, on all cores. */
    private static final int TEXTS_AT_ONCE = 256;

    /** A text to look for citations in: its document's place in the corpus, its level and year. */
    private record CitingText(int doc, String text, Level level, String year) {
    }

    /** Finds the citations of the texts (in parallel), adds them to {@code citationsOf} in text order, and clears the list. */
    private void findCitations(List<CitingText> texts, Map<Integer, List<Citation>> citationsOf) {
        List<List<Citation>> found = texts.parallelStream()
                .map(t -> citations.find(t.text(), sentences.split(t.text()), t.level(), t.year()))
                .toList();
        for (int i = 0; i < texts.size(); i++) {
            if (!found.get(i).isEmpty()) {
                citationsOf.computeIfAbsent(texts.get(i).doc(), k -> new ArrayList<>()).addAll(found.get(i));
            }
        }
        texts.clear();
    }

    /**
     * What compares the pairs of a corpus of directives, made on first use: bigram weights over every directive are
     * counted only when some pair is compared.
     */
    static java.util.function.Supplier<CitedRelays> comparing(List<RelayLinker.DirectiveRef> corpus) {
        return new java.util.function.Supplier<>() {
            private CitedRelays made;

            @Override
            public CitedRelays get() {
                if (made == null) {
                    ContentOverlap overlap = new ContentOverlap();
                    overlap.addAll(corpus.stream().map(RelayLinker.DirectiveRef::text).toList());
                    made = new CitedRelays(overlap);
                }
                return made;
            }
        };
    }

    /**
     * Compares every directive of each pair's citing (lower) document with every directive of its cited (higher) one
     * ({@code "lowerDocId higherDocId"}), skipping a pair whose higher document is dated after the lower, and keeps
     * the best relay of each (from, to) in {@code relays}.
     */
    static void relaysInPairs(java.util.Collection<String> pairs, Map<String, List<RelayLinker.DirectiveRef>> byDoc,
                                      java.util.function.Supplier<CitedRelays> cited, Map<String, RelayLinker.RelayLink> relays) {
        CitedRelays comparer = pairs.isEmpty() ? null : cited.get();
        // compared on all cores, merged in the pairs' order
        List<List<RelayLinker.RelayLink>> found = new ArrayList<>(pairs).parallelStream().map(pair -> {
            String[] p = pair.split(" ");
            List<RelayLinker.DirectiveRef> lower = byDoc.getOrDefault(p[0], List.of());
            List<RelayLinker.DirectiveRef> higher = byDoc.getOrDefault(p[1], List.of());
            if (!lower.isEmpty() && !higher.isEmpty() && !RelayLinker.notLater(higher.get(0).date(), lower.get(0).date())) {
                return List.<RelayLinker.RelayLink>of(); // no relay points to a directive dated after the text that relays it
            }
            return comparer.link(lower, higher);
        }).toList();
        for (List<RelayLinker.RelayLink> links : found) {
            for (RelayLinker.RelayLink l : links) {
                keepBest(relays, l);
            }
        }
    }

    /** Keeps {@code l} in {@code relays} unless a relay of the same two directives scores higher (the first on a tie). */
    private static void keepBest(Map<String, RelayLinker.RelayLink> relays, RelayLinker.RelayLink l) {
        relays.merge(l.from() + ">" + l.to(), l, (a, b) -> a.score() >= b.score() ? a : b);
    }

    /**
     * The uncited pairs of documents the corpus search shows to be relays all the same: at least
     * {@link #RELAYING_DIRECTIVES} directives of the lower document restate directives of the higher one. Such a
     * document follows the higher one as if it named it, so its other directives are compared with the higher
     * one's as in a cited pair. Each lower document keeps its {@link #RELAYED_DOCUMENTS} best such pairs (most
     * relaying directives first), so the work stays linear in the corpus.
     */
    static java.util.Set<String> relayingPairs(List<RelayLinker.RelayLink> found, java.util.Set<String> citedPairs) {
        Map<String, java.util.Set<String>> lowerDirectives = new TreeMap<>();
        for (RelayLinker.RelayLink l : found) {
            String pair = l.from().substring(0, l.from().indexOf('#')) + " " + l.to().substring(0, l.to().indexOf('#'));
            if (!citedPairs.contains(pair)) {
                lowerDirectives.computeIfAbsent(pair, k -> new java.util.HashSet<>()).add(l.from());
            }
        }
        Map<String, List<String>> byLower = new TreeMap<>();
        for (Map.Entry<String, java.util.Set<String>> e : lowerDirectives.entrySet()) {
            if (e.getValue().size() >= RELAYING_DIRECTIVES) {
                byLower.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf(' ')), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (List<String> pairs : byLower.values()) {
            pairs.sort(java.util.Comparator.comparingInt((String p) -> -lowerDirectives.get(p).size()).thenComparing(p -> p));
            out.addAll(pairs.subList(0, Math.min(RELAYED_DOCUMENTS, pairs.size())));
        }
        return out;
    }

    /**
     * A document with no full date of its own is dated by what it cites (the issue's "an undated document is bounded
     * by what it cites"): no later than the cited date plus the citation window ({@link CitationResolver#DAYS_BEFORE})
     * for a meeting or instruction, the end of that year for an accident or campaign. The latest bound wins.
     */
    private static void bound(Map<String, String> bounds, DocumentInfo citing, DocumentInfo cited, Citation c) {
        String own = citing.effectiveDate();
        String at = cited.effectiveDate();
        if ((own != null && own.matches("\\d{4}-\\d{2}-\\d{2}")) || at == null || !at.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return;
        }
        java.time.LocalDate d = java.time.LocalDate.parse(at);
        java.time.LocalDate until = Citation.ACCIDENT.equals(c.kind()) || Citation.CAMPAIGN.equals(c.kind()) || c.accident() != null
                ? d.withDayOfYear(d.lengthOfYear()) : d.plusDays(CitationResolver.DAYS_BEFORE);
        bounds.merge(citing.id(), until.toString(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
    }

    /** The directives of documents dated only by their citations, with that bound as their date. */
    private static List<RelayLinker.DirectiveRef> datedByCitations(List<RelayLinker.DirectiveRef> refs, List<DocumentInfo> docs,
                                                                  Map<String, String> bounds) {
        if (bounds.isEmpty()) {
            return refs;
        }
        List<RelayLinker.DirectiveRef> out = new ArrayList<>(refs.size());
        for (RelayLinker.DirectiveRef r : refs) {
            String b = bounds.get(r.docId());
            out.add(b == null ? r : new RelayLinker.DirectiveRef(r.id(), r.docId(), r.text(), r.unit(), b, r.deadline()));
        }
        return out;
    }

    private static String date(DocumentInfo d) {
        return d.effectiveDate();
    }
}
