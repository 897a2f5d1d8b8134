package org.luoshi.track;

import org.luoshi.model.Deadline;

import java.util.List;
import java.util.Map;

/**
 * One line of {@code ledger.jsonl}: a directive issued by a unit, with what the corpus shows lower units did with it —
 * relayed it (a relay link from one of their directives) or reported it carried out (a report of work done in a text
 * that names what the directive's document is about). Which units it reached, and its status for each, are decided
 * when the ledger is read ({@link LedgerQuery}): any unit below the issuer can be asked.
 *
 * @param unit    the issuing unit's key ({@link UnitKey}: {@code city:1408}, {@code national:-})
 * @param code    its GB/T 2260 code (null for national)
 * @param date    the date of the directive's document ({@code YYYY-MM-DD}; dated by what it cites when it has none)
 * @param relays  lower units that relayed it
 * @param reports lower units that reported it done
 */
public record LedgerEntry(String directive, String text, String doc, String source, String title, String speaker,
                          String speakerTitle, String unit, String level, String code, String unitName, String date,
                          Deadline deadline, List<String> addressees, List<String> sectors, List<Receipt> relays,
                          List<Receipt> reports) implements java.io.Serializable {

    public LedgerEntry {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        relays = relays == null ? List.of() : List.copyOf(relays);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /**
     * What one lower unit did with the directive: its unit, the directive or document that shows it, its date, and the
     * evidence (the relaying sentence's shared words, or the report sentence with its figures).
     */
    public record Receipt(String unit, String level, String code, String unitName, String directive, String doc, String date,
                          double score, String evidence, Map<String, String> figures) implements java.io.Serializable {
    }
}
