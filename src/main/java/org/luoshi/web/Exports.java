package org.luoshi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.luoshi.index.SearchHit;
import org.luoshi.model.Json;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * CSV and JSONL for people and programs, the same from the web and the CLI. CSV: UTF-8 with a byte-order mark
 * (Excel and WPS on Chinese Windows read it as UTF-8 only then), CRLF lines (RFC 4180), headers and labels in the
 * language asked, and every cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) written with a leading apostrophe. JSONL: one JSON object per line in the shape of
 * {@link SearchHit} or {@link LedgerRowView}.
 */
public final class Exports {
    /** The byte-order mark written first in every CSV. */
    public static final char BOM = '\uFEFF';

    private Exports() {
    }

    /** A column of a CSV: its header in Chinese and English, and its cell of a row in a language (en = true). */
    public record Column<R>(String zh, String en, BiFunction<R, Boolean, String> cell) {
    }

    /** The columns of a hit. */
    public static final List<Column<SearchHit>> HIT_COLUMNS = List.of(
            new Column<>("编号", "id", (h, en) -> h.id()),
            new Column<>("类型", "kind", (h, en) -> "directive".equals(h.kind()) ? (en ? "directive" : "指示") : (en ? "document" : "文档")),
            new Column<>("层级", "level", (h, en) -> h.level() == null ? "" : Labels.level(h.level(), en)),
            new Column<>("地区", "region", (h, en) -> h.region()),
            new Column<>("日期", "date", (h, en) -> Labels.date(h.date(), en)),
            new Column<>("讲话人", "speaker", (h, en) -> h.speaker()),
            new Column<>("职务", "speaker title", (h, en) -> h.speakerTitle()),
            new Column<>("行业领域", "sectors", (h, en) -> String.join("、", h.sectors())),
            new Column<>("期限", "deadline", (h, en) -> h.deadline() == null ? "" : Labels.deadline(h.deadline().type(), h.deadline().value(), en)),
            new Column<>("文档标题", "title", (h, en) -> h.title()),
            new Column<>("来源", "source", (h, en) -> h.source()),
            new Column<>("文本", "text", (h, en) -> h.text()),
            new Column<>("相关度", "score", (h, en) -> String.format(Locale.ROOT, "%.4f", h.score())));

    /** A CSV printer on {@code out} that has written the BOM and the header. */
    public static <R> CSVPrinter csv(Writer out, List<Column<R>> columns, boolean en) throws IOException {
        out.write(BOM);
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(en ? c.en() : c.zh()));
        p.printRecord(header);
        return p;
    }

    /** Writes one row of {@code columns}, every cell made safe for a spreadsheet. */
    public static <R> void row(CSVPrinter p, List<Column<R>> columns, R row, boolean en) throws IOException {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            cells.add(safe(c.cell().apply(row, en)));
        }
        p.printRecord(cells);
    }

    /** A cell a spreadsheet will show as text: one starting like a formula gets a leading apostrophe; null is empty. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** One JSONL line. */
    public static void jsonl(Writer out, Object value) throws IOException {
        try {
            out.write(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        out.write('\n');
    }
}
