package org.luoshi.track;

import java.util.List;

/**
 * One line of the ledger: a directive of a higher unit ({@code fromUnit}) as seen by one lower unit: relayed
 * (a relay link from that unit's texts), reported_done (a later text of that unit reports it carried out) or open.
 * Whether an open row is overdue depends on the date asked about, so it is decided when the ledger is read.
 */
public record LedgerRow(String directive, String text, String fromUnit, String unit, String unitName, String status,
                        String deadlineType, String deadlineValue, String date, List<String> evidence)
        implements java.io.Serializable {
    public static final String RELAYED = "relayed";
    public static final String REPORTED_DONE = "reported_done";
    public static final String OPEN = "open";
    public static final String OVERDUE = "overdue";

    public LedgerRow {
        evidence = List.copyOf(evidence);
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
