package org.luoshi.normalize;

import org.luoshi.model.DamagedSpan;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.model.OffsetMap;
import org.luoshi.model.Placeholder;
import org.luoshi.model.Quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a scraped document into clean Simplified text (ANNOTATION.md, Normalization 1–7): decode,
 * fold white space, strip web residue, remove pinyin glosses and recover the characters they describe, repair
 * shifted GBK runs, mark lost characters, convert what is Traditional to Simplified (Simplified text stays as it
 * is), widen punctuation between Chinese characters, find placeholders and name the publishing outlet. Every step
 * keeps the map from normalized offsets to the decoded original.
 * The only error is {@link UnreadableInputException}; the class is stateless and safe to share between threads.
 */
public final class Normalizer {
    /** Inputs larger than this are refused: real documents are a few hundred kilobytes at most. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final int maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final WhitespaceFolder whitespace = new WhitespaceFolder();
    private final WebResidueStripper residue = new WebResidueStripper();
    private final PinyinGlossRemover glosses = new PinyinGlossRemover();
    private final ShiftedGbkRepairer shifted = new ShiftedGbkRepairer();
    private final LostCharacterMarker lost = new LostCharacterMarker();
    private final ScriptSimplifier script = new ScriptSimplifier();
    private final OutletFinder outlets = new OutletFinder();
    private final PunctuationWidener punctuation = new PunctuationWidener();
    private final PlaceholderFinder placeholders = new PlaceholderFinder();
    private final SentenceSplitter sentences = new SentenceSplitter();

    public Normalizer() {
        this(DEFAULT_MAX_BYTES);
    }

    public Normalizer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public NormalizedDocument normalize(String source, byte[] bytes) throws UnreadableInputException {
        if (bytes.length > maxBytes) {
            throw new UnreadableInputException(source, String.format(
                    "文件过大：%,d 字节，上限 %,d 字节，请拆分成多个文档（too large）", bytes.length, maxBytes));
        }
        DecodedText decoded = decoder.decode(source, bytes);
        return normalizeText(source, decoded);
    }

    /** Normalizes text that is already decoded (e.g. a field of a JSONL export). */
    public NormalizedDocument normalize(String source, String text) throws UnreadableInputException {
        if (text == null || text.isBlank()) {
            throw new UnreadableInputException(source, "没有文字（no text: empty or only white space）");
        }
        return normalizeText(source, new DecodedText(text, "UTF-8", false, false));
    }

    private NormalizedDocument normalizeText(String source, DecodedText decoded) {
        MappedText t = whitespace.fold(MappedText.of(decoded.text()));
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\uFFFD') {
                t.setMark(i, MappedText.LOST);
            }
        }
        PinyinGlossRemover.Result glossed = glosses.remove(t);
        WebResidueStripper.Result stripped = residue.strip(glossed.text());
        // A page that needed the Hong Kong supplement to decode is Hong Kong text, not GBK read out of step: its
        // Cantonese characters (佢哋, 啲, 㗎), rare in GB text, are no sign of a shifted run.
        ShiftedGbkRepairer.Result repaired = decoded.encoding().equals(TextDecoder.HKSCS_NAME)
                ? new ShiftedGbkRepairer.Result(stripped.text(), 0) : shifted.repair(stripped.text());
        t = lost.mark(repaired.text()).text();
        ScriptSimplifier.Result simplified = script.simplify(t);
        t = simplified.text();
        PunctuationWidener.Result widened = punctuation.widen(t);
        t = widened.text();
        if (decoded.truncatedTail() && t.length() > 0) {
            t.setMark(t.length() - 1, MappedText.TRUNCATED);
        }
        String text = t.toString();
        List<Placeholder> found = placeholders.find(text);
        String outlet = outlets.find(stripped.stripped(), text, piece -> script.simplify(piece, simplified.leaning()));
        Quality quality = new Quality(decoded.encoding(), decoded.bom(), simplified.traditional(), glossed.glossesRemoved(),
                damagedSpans(t), glossed.lostRecovered(), repaired.runsRepaired(), stripped.stripped(), found,
                widened.widened(), outlet);
        return new NormalizedDocument(source, decoded.text(), text, new OffsetMap(t.origins(), decoded.text().length()),
                quality, sentences.split(text));
    }

    private static List<DamagedSpan> damagedSpans(MappedText t) {
        List<DamagedSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            byte m = t.mark(i);
            if (m == MappedText.NONE) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.length() && t.mark(j) == m) {
                j++;
            }
            boolean repaired = m == MappedText.LOST_REPAIRED || m == MappedText.SHIFTED_REPAIRED;
            String kind = m == MappedText.TRUNCATED ? "truncated"
                    : (m == MappedText.SHIFTED || m == MappedText.SHIFTED_REPAIRED) ? "shifted_gbk" : "lost_character";
            spans.add(new DamagedSpan(i, j, repaired, kind));
            i = j;
        }
        return spans;
    }
}
