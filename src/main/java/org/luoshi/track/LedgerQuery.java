package org.luoshi.track;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Json;
import org.luoshi.nlp.ScriptConverter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code ledger.jsonl} for one unit (by name, short form, Traditional or GB/T 2260 code) or one directive,
 * optionally keeping only some statuses as of a date. Shared by {@code track} and the web UI.
 */
public final class LedgerQuery {
    private LedgerQuery() {
    }

    /** Rows of the unit; {@code statuses} null for all. */
    public static List<LedgerRow> forUnit(Path ledger, String unit, String asOf, List<String> statuses) throws IOException {
        String s = ScriptConverter.get().toSimplified(unit.strip());
        Set<String> names = new HashSet<>(Gazetteer.get().fullNames(s));
        names.add(s);
        return read(ledger, row -> {
            String code = row.unit().contains(":") ? row.unit().substring(row.unit().indexOf(':') + 1).replace("~", "") : "";
            String path = row.unitName().contains(" (") ? row.unitName().substring(0, row.unitName().indexOf(" (")) : row.unitName();
            String last = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
            return code.equals(unit.strip()) || names.contains(last);
        }, asOf, statuses);
    }

    public static List<LedgerRow> forDirective(Path ledger, String directive, String asOf, List<String> statuses) throws IOException {
        return read(ledger, row -> row.directive().equals(directive), asOf, statuses);
    }

    private static List<LedgerRow> read(Path ledger, java.util.function.Predicate<LedgerRow> keep, String asOf, List<String> statuses)
            throws IOException {
        List<LedgerRow> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                LedgerRow row = Json.mapper().readValue(line, LedgerRow.class);
                if (keep.test(row) && (statuses == null || statuses.contains(row.statusAsOf(asOf)))) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
