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

    public List<String> link(List<Extraction> records) throws IOException {
        List<DocumentInfo> docs = new ArrayList<>();
        List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
        for (Extraction e : records) {
            docs.add(e.doc());
            Unit unit = Unit.of(e.doc());
            String date = date(e.doc());
            for (Directive d : e.directives()) {
                refs.add(new RelayLinker.DirectiveRef(d.id(), e.doc().id(), d.text(), unit, date));
            }
        }
        CitationResolver resolver = new CitationResolver(docs);
        List<String> lines = new ArrayList<>();
        for (Extraction e : records) {
            if (e.text() == null) {
                continue;
            }
            String date = date(e.doc());
            String year = date != null && date.matches("\\d{4}-.*") ? date.substring(0, 4) : null;
            List<Citation> found = citations.find(e.text(), sentences.split(e.text()), Level.of(e.doc().level()), year);
            for (CitationLink l : resolver.resolve(e.doc(), found)) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("from", l.from());
                n.put("to", l.to());
                n.put("type", l.type());
                n.put("score", l.score());
                n.set("evidence", Json.mapper().valueToTree(l.evidence()));
                lines.add(Json.mapper().writeValueAsString(n));
            }
        }
        for (RelayLinker.RelayLink l : new RelayLinker().link(refs)) {
            lines.add(Json.mapper().writeValueAsString(l));
        }
        lines.sort(null);
        return lines;
    }

    private static String date(DocumentInfo d) {
        return d.meetingDate() != null ? d.meetingDate() : d.published();
    }
}
