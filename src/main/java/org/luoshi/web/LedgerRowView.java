package org.luoshi.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchHit;
import org.luoshi.track.LedgerRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger row as people and programs see it, and the one JSON shape of a ledger row ({@code track --format json},
 * {@code /api/track}, README "JSON shapes"): the track package's {@link LedgerRow} with its status as of the date
 * asked, and its context from the index — the meeting (document title), speaker, date and document of the directive
 * — so a row can be read without opening anything. The office page, its CSV ({@link #COLUMNS}) and the JSON are all
 * made from this record: a new field of the ledger is added here, in {@link #of}, and (for the CSV) in
 * {@link #COLUMNS}; the page shows what {@code office.jte} names.
 */
@JsonPropertyOrder({"directive", "status", "text", "from_unit", "from_unit_name", "unit", "unit_name", "by", "date", "meeting",
        "speaker", "speaker_title", "doc", "source", "deadline", "evidence"})
public record LedgerRowView(String directive, String status, String text, String fromUnit, String fromUnitName, String unit,
                            String unitName, List<String> by, String date, String meeting, String speaker, String speakerTitle,
                            String doc, String source, SearchHit.Deadline deadline, List<String> evidence) {

    public LedgerRowView {
        by = by == null ? List.of() : List.copyOf(by);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The columns of a ledger CSV. */
    public static final List<Exports.Column<LedgerRowView>> COLUMNS = List.of(
            new Exports.Column<>("状态", "status", (r, en) -> Labels.status(r.status(), en)),
            new Exports.Column<>("指示", "directive", (r, en) -> r.text()),
            new Exports.Column<>("下达单位", "from unit", (r, en) -> r.fromUnitName()),
            new Exports.Column<>("会议或文件", "meeting or document", (r, en) -> r.meeting()),
            new Exports.Column<>("讲话人", "speaker", (r, en) -> r.speaker() == null ? "" : r.speaker()
                    + (r.speakerTitle() == null ? "" : (en ? " (" + r.speakerTitle() + ")" : "（" + r.speakerTitle() + "）"))),
            new Exports.Column<>("日期", "date", (r, en) -> Labels.date(r.date(), en)),
            new Exports.Column<>("期限", "deadline", (r, en) -> r.deadline() == null ? ""
                    : Labels.deadline(r.deadline().type(), r.deadline().value(), r.deadline().inferred(), en)),
            new Exports.Column<>("接收单位", "unit", (r, en) -> UnitNames.display(r.unitName(), en)),
            new Exports.Column<>("传达或报告单位", "relayed or reported by", (r, en) -> String.join("、", r.by())),
            new Exports.Column<>("依据", "evidence", (r, en) -> String.join("\n", r.evidence())),
            new Exports.Column<>("指示编号", "directive id", (r, en) -> r.directive()),
            new Exports.Column<>("来源", "source", (r, en) -> r.source()));

    /**
     * The view of a row on {@code asOf}; {@code context} is the directive as the index holds it (null when the index
     * has no such directive: then meeting and speaker are null).
     */
    public static LedgerRowView of(LedgerRow r, String asOf, SearchHit context) {
        String doc = r.directive().contains("#") ? r.directive().substring(0, r.directive().indexOf('#')) : r.directive();
        return new LedgerRowView(r.directive(), r.statusAsOf(asOf), r.text(), r.fromUnit(),
                r.fromUnitName() != null ? r.fromUnitName() : UnitNames.ofKey(r.fromUnit(), false), r.unit(), r.unitName(), r.by(), r.date(),
                context != null ? context.title() : r.meeting(), context != null ? context.speaker() : r.speaker(),
                context != null ? context.speakerTitle() : r.speakerTitle(), doc, context != null ? context.source() : r.source(),
                r.deadlineType() == null ? null : new SearchHit.Deadline(r.deadlineType(), r.deadlineValue(), r.deadlineInferred()),
                r.evidence());
    }

    /** The views of rows, each with its directive looked up in the index ({@code searcher} null: no context). */
    public static List<LedgerRowView> of(List<LedgerRow> rows, String asOf, DirectiveSearcher searcher) throws IOException {
        List<LedgerRowView> out = new ArrayList<>(rows.size());
        for (LedgerRow r : rows) {
            out.add(of(r, asOf, searcher == null ? null : searcher.directive(r.directive())));
        }
        return out;
    }
}
