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
    /** A directive's text as single characters with positions: where a one-character query term is looked up. */
    public static final String TEXT_CHAR = "text_char";
    /** The full text of a document entry, analyzed into single characters (HanLP words are kept for directives). */
    public static final String DOC_TEXT = "doc_text";
    public static final String LEVEL = "level";
    public static final String REGION = "region";
    /** Every name on the region path, for filtering by any of them. */
    public static final String REGION_NAME = "region_name";
    public static final String REGION_CODE = "region_code";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    /** The date as a number {@code yyyymmdd} (month or day 00 when unknown) for sorting; absent without a year. */
    public static final String DATE_SORT = "date_sort";
    /**
     * The publication date as a number {@code yyyymmdd} (month or day 00 when unknown), else the meeting date: when a
     * text appeared, which is what a formula's uses are dated by ({@code PhraseUses}); absent without either.
     */
    public static final String PUBLISHED_SORT = "published_sort";
    /** The id again as a sorted doc value: the tie-breaker that makes a sort, and so search_after paging, total. */
    public static final String ID_SORT = "id_sort";
    public static final String SECTOR = "sector";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_TITLE = "speaker_title";
    public static final String MODALITY = "modality";
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_VALUE = "deadline_value";
    /** How a deadline's value was computed (Deadline.inferred), stored when it was. */
    public static final String DEADLINE_INFERRED = "deadline_inferred";
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
    /** The facet key and filter value of hits that have no value in a dimension (no level, no region, no year ...). */
    public static final String UNKNOWN = "unknown";

    /**
     * The version of this schema, written into every commit ({@code schema} in the commit user data). 2 added
     * {@link #TEXT_CHAR}, {@link #DATE_SORT}, {@link #ID_SORT} and an indexed {@link #SOURCE}; an index of an older
     * version still answers, but sorts by date and one-character directive queries need it rebuilt. 3 added
     * {@link #PUBLISHED_SORT}; without it formulas are dated by {@link #DATE_SORT} (the meeting date where known).
     */
    public static final int SCHEMA = 3;
    public static final String SCHEMA_KEY = "schema";

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
