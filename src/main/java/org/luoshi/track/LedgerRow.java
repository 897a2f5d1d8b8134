package org.luoshi.track;

import java.util.List;

/**
 * One row of a unit's ledger as read: a directive from a unit above it ({@code fromUnit}, {@code fromUnitName}) and
 * its status for the unit asked ({@code unit}) as of the date asked — relayed (by the unit or a unit under it:
 * {@code by} names which), reported_done (a later text of theirs reports it done), overdue (its dated deadline passed
 * with neither) or open — with its deadline (and how its value was inferred, when it was), the meeting or document
 * it comes from, its speaker, and the evidence.
 */
public record LedgerRow(String directive, String text, String fromUnit, String fromUnitName, String unit, String unitName,
                        String status, String deadlineType, String deadlineValue, String deadlineInferred, String date,
                        String meeting, String speaker, String speakerTitle, String source, List<String> by,
                        List<String> evidence) implements java.io.Serializable {
    public static final String RELAYED = "relayed";
    public static final String REPORTED_DONE = "reported_done";
    public static final String OPEN = "open";
    public static final String OVERDUE = "overdue";

    public LedgerRow {
        by = by == null ? List.of() : List.copyOf(by);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The status on {@code asOf}: an open row whose dated deadline has passed is overdue. */
    public String statusAsOf(String asOf) {
        if (OPEN.equals(status) && "date".equals(deadlineType) && deadlineValue != null
                && deadlineValue.matches("\\d{4}-\\d{2}-\\d{2}") && asOf != null && deadlineValue.compareTo(asOf) < 0) {
            return OVERDUE;
        }
        return status;
    }
}
