package org.luoshi.index;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The schema of the index: one Lucene document per directive ({@code kind=directive}) and one per source
 * document ({@code kind=document}). Facet dimensions are SortedSetDocValues facets; {@code region} is
 * hierarchical (province / city / county / township).
 */
public final class Fields {
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String DOC = "doc";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String TITLE_BIGRAM = "title_bigram";
    public static final String TEXT = "text";
    public static final String TEXT_BIGRAM = "text_bigram";
    /** The full text of a document entry, analyzed into single characters (HanLP words are kept for directives). */
    public static final String DOC_TEXT = "doc_text";
    public static final String LEVEL = "level";
    public static final String REGION = "region";
    /** Every name on the region path, for filtering by any of them. */
    public static final String REGION_NAME = "region_name";
    public static final String REGION_CODE = "region_code";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String SECTOR = "sector";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_TITLE = "speaker_title";
    public static final String MODALITY = "modality";
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_VALUE = "deadline_value";
    /** Epoch day of a dated deadline, for 'overdue' filters. */
    public static final String DEADLINE_DAY = "deadline_day";
    public static final String SPAN = "span";
    /** The whole extraction record of a document, stored on its document entry. */
    public static final String RECORD = "record";

    /** The id of the document whose decoded original text an {@code original} entry stores. */
    public static final String ORIGINAL_OF = "original_of";
    public static final String ORIGINAL = "original";

    public static final String KIND_DIRECTIVE = "directive";
    public static final String KIND_ORIGINAL = "original";
    public static final String KIND_DOCUMENT = "document";
    public static final String NO_DEADLINE = "none";

    /** Facet dimensions shown under results. */
    public static final String[] FACETS = {LEVEL, REGION, YEAR, SECTOR, SPEAKER, DEADLINE};

    private Fields() {
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setHierarchical(REGION, true);
        c.setMultiValued(REGION, true);
        c.setMultiValued(SECTOR, true);
        return c;
    }
}
