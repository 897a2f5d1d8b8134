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
        List<Boolean> refFresh = new ArrayList<>();
        Map<Integer, List<Citation>> citationsOf = new TreeMap<>();
        for (Extraction e : records) {
            DocumentInfo d = e.doc();
            boolean isFresh = fresh == null || fresh.contains(d.id());
            docIndex.put(d.id(), docs.size());
            docs.add(new DocumentInfo(d.id(), d.source(), d.title(), d.level(), d.region(), d.meetingDate(), d.published(), d.addressees(), null));
            Unit unit = Unit.of(d);
            String date = date(d);
            for (Directive x : e.directives()) {
                refs.add(new RelayLinker.DirectiveRef(x.id(), d.id(), x.text(), unit, date));
                refFresh.add(isFresh);
            }
            if (isFresh && e.text() != null) {
                String year = date != null && date.matches("\\d{4}-.*") ? date.substring(0, 4) : null;
                for (Citation c : citations.find(e.text(), sentences.split(e.text()), Level.of(d.level()), year)) {
                    citationsOf.computeIfAbsent(docs.size() - 1, k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<String> lines = new ArrayList<>();
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
                citationsOf.computeIfAbsent(at, k -> new ArrayList<>()).add(Json.mapper().treeToValue(n.path("evidence"), Citation.class));
            }
        }
        CitationResolver resolver = new CitationResolver(docs);
        for (Map.Entry<Integer, List<Citation>> e : citationsOf.entrySet()) {
            List<Citation> inTextOrder = new ArrayList<>(e.getValue());
            inTextOrder.sort(java.util.Comparator.comparingInt(Citation::start));
            for (CitationLink l : resolver.resolve(docs.get(e.getKey()), inTextOrder)) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("from", l.from());
                n.put("to", l.to());
                n.put("type", l.type());
                n.put("score", l.score());
                n.set("evidence", Json.mapper().valueToTree(l.evidence()));
                lines.add(Json.mapper().writeValueAsString(n));
            }
        }
        boolean[] freshFlags = new boolean[refs.size()];
        for (int i = 0; i < freshFlags.length; i++) {
            freshFlags[i] = refFresh.get(i);
        }
        for (RelayLinker.RelayLink l : new RelayLinker().link(refs, fresh == null ? null : freshFlags)) {
            lines.add(Json.mapper().writeValueAsString(l));
        }
        lines.sort(null);
        return lines;
    }

    private static String date(DocumentInfo d) {
        return d.effectiveDate();
    }
}
