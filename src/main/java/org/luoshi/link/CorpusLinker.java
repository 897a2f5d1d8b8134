package org.luoshi.link;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.Level;
import org.luoshi.normalize.SentenceSplitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
        List<DocumentInfo> docs = new ArrayList<>();
        List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
        List<Citation> found = new ArrayList<>();
        List<Integer> citingDoc = new ArrayList<>();
        for (Extraction e : records) {
            DocumentInfo d = e.doc();
            docs.add(new DocumentInfo(d.id(), d.source(), d.title(), d.level(), d.region(), d.meetingDate(), d.published(), null));
            Unit unit = Unit.of(d);
            String date = date(d);
            for (Directive x : e.directives()) {
                refs.add(new RelayLinker.DirectiveRef(x.id(), d.id(), x.text(), unit, date));
            }
            if (e.text() != null) {
                String year = date != null && date.matches("\\d{4}-.*") ? date.substring(0, 4) : null;
                for (Citation c : citations.find(e.text(), sentences.split(e.text()), Level.of(d.level()), year)) {
                    found.add(new Citation(c.level(), c.kind(), c.date(), c.text(), c.start(), c.end()));
                    citingDoc.add(docs.size() - 1);
                }
            }
        }
        CitationResolver resolver = new CitationResolver(docs);
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < found.size()) {
            int doc = citingDoc.get(i);
            int j = i;
            while (j < found.size() && citingDoc.get(j) == doc) {
                j++;
            }
            for (CitationLink l : resolver.resolve(docs.get(doc), found.subList(i, j))) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("from", l.from());
                n.put("to", l.to());
                n.put("type", l.type());
                n.put("score", l.score());
                n.set("evidence", Json.mapper().valueToTree(l.evidence()));
                lines.add(Json.mapper().writeValueAsString(n));
            }
            i = j;
        }
        for (RelayLinker.RelayLink l : new RelayLinker().link(refs)) {
            lines.add(Json.mapper().writeValueAsString(l));
        }
        lines.sort(null);
        return lines;
    }

    private static String date(DocumentInfo d) {
        return d.effectiveDate();
    }
}
