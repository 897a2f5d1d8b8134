package org.luoshi.web;

import org.luoshi.formula.Formulas;
import org.luoshi.index.SearchHit;

import java.util.List;

/** The small view models the templates share: choices of a select, a hit as shown, a link with a count. */
public final class Views {
    private Views() {
    }

    /** One choice of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A labelled link, with a count where it has one (-1 without). */
    public record Link(String label, String href, long count) {
    }

    /** A hit as the search and home pages show it: highlighted text (its formulas linked) and where it comes from, all labelled. */
    public record Hit(String id, String kind, List<Segment> text, String title, String level, String region, String date,
                      String speaker, String speakerTitle, String deadline, List<String> sectors, String docLink,
                      String permalink, String lineageLink) {
    }

    static Hit hit(SearchHit h, T t) {
        boolean directive = "directive".equals(h.kind());
        return new Hit(h.id(), h.kind(), Segment.of(h.text(), h.highlights(), formulaLinks(h.text(), t)), h.title(), t.level(h.level()),
                h.region() == null ? "" : h.region(), t.date(h.date()), h.speaker(), h.speakerTitle(),
                h.deadline() == null ? null : t.deadline(h.deadline().type(), h.deadline().value()), h.sectors(),
                t.to("/doc/" + h.doc()) + (directive && h.ordinal() != null ? "#d" + h.ordinal() : ""),
                h.source() == null ? null : permalink(h.source(), directive ? h.ordinal() : null, t),
                directive ? t.to("/lineage?directive=" + Params.enc(h.id())) : null);
    }

    /** The formulas a text mentions ({@link Formulas#mentions}), each linked to its page {@code /formulas?q=…}. */
    static List<Segment.Link> formulaLinks(String text, T t) {
        return Formulas.mentions(text).stream()
                .map(m -> new Segment.Link(m.start(), m.end(), t.to("/formulas?q=" + Params.enc(m.phrase())))).toList();
    }

    /** The link by source (and ordinal) that survives a corrected source: {@code /source?path=…&n=…}. */
    static String permalink(String source, Integer ordinal, T t) {
        return t.to("/source?path=" + Params.enc(source) + (ordinal == null ? "" : "&n=" + ordinal));
    }
}
