package org.luoshi.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes extraction records into the index: each record replaces every entry of its document (by document id),
 * so indexing the same output twice changes nothing. Nothing is visible to searchers before {@link #commit()}.
 */
public final class DirectiveIndexWriter implements Closeable {
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Whole texts: positions for phrases, no offsets (the highlighter analyzes the few texts it shows again). */
    private static final FieldType TEXT_WITH_POSITIONS = textWithPositions();
    /** Single characters of a directive, not stored (the text is stored once, in {@link Fields#TEXT}). */
    private static final FieldType CHARS = TextField.TYPE_NOT_STORED;
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private final Directory dir;
    private final IndexWriter writer;
    private final FacetsConfig facets = Fields.facetsConfig();

    public DirectiveIndexWriter(Path indexDir) throws IOException {
        this.dir = FSDirectory.open(indexDir);
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(dir, cfg);
    }

    /**
     * The schema version of the index as it was opened ({@link Fields#SCHEMA} of its last commit): 0 for a new index
     * or one older than versions. Entries written under an older one lack its fields until written again.
     */
    public int openedSchema() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (java.util.Map.Entry<String, String> e : data) {
                if (e.getKey().equals(Fields.SCHEMA_KEY)) {
                    return Integer.parseInt(e.getValue());
                }
            }
        }
        return 0;
    }

    /** Adds or replaces the document of this record and all its directives. */
    public void write(Extraction rec, String text) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(documentEntry(rec, text));
        for (Directive d : rec.directives()) {
            docs.add(directiveEntry(rec, d));
        }
        List<Document> built = new ArrayList<>(docs.size());
        for (Document d : docs) {
            built.add(facets.build(d));
        }
        writer.updateDocuments(new Term(Fields.DOC, rec.doc().id()), built);
    }

    /**
     * Adds or replaces the decoded original text of a document (stored only, not searchable), shown beside the
     * normalized text. Kept apart from the document's entries so that re-writing the record does not drop it. A
     * document without one has the normalized text as its original ({@link DirectiveSearcher#original}).
     */
    public void writeOriginal(String docId, String original) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_ORIGINAL, Field.Store.NO));
        d.add(new StringField(Fields.ORIGINAL_OF, docId, Field.Store.NO));
        d.add(new StoredField(Fields.ORIGINAL, original));
        writer.updateDocument(new Term(Fields.ORIGINAL_OF, docId), d);
    }

    /** Removes a document, its directives and its original text. */
    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(Fields.DOC, docId), new Term(Fields.ORIGINAL_OF, docId));
    }

    /** Deletes every entry whose document id is not in {@code keep}. */
    public void deleteAllExcept(java.util.Set<String> keep) throws IOException {
        try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(writer)) {
            java.util.Set<String> present = new java.util.HashSet<>();
            for (String field : new String[] {Fields.DOC, Fields.ORIGINAL_OF}) {
                org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(r, field);
                if (terms != null) {
                    org.apache.lucene.index.TermsEnum te = terms.iterator();
                    org.apache.lucene.util.BytesRef b;
                    while ((b = te.next()) != null) {
                        present.add(b.utf8ToString());
                    }
                }
            }
            for (String id : present) {
                if (!keep.contains(id)) {
                    delete(id);
                }
            }
        }
    }

    /** Makes everything written visible to searchers opened (or refreshed) after it; records the schema version. */
    public void commit() throws IOException {
        writer.setLiveCommitData(java.util.Map.of(Fields.SCHEMA_KEY, String.valueOf(Fields.SCHEMA)).entrySet());
        writer.commit();
    }

    public long count() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        dir.close();
    }

    private Document documentEntry(Extraction rec, String text) throws IOException {
        Document d = new Document();
        common(d, rec, Fields.KIND_DOCUMENT, rec.doc().id());
        // Whole documents are indexed as single characters with positions (Analyzers.characters): segmenting every
        // full text with HanLP doubled indexing time, and document search is for finding a text, which phrases of
        // characters do exactly.
        d.add(new Field(Fields.DOC_TEXT, text == null ? "" : text, TEXT_WITH_POSITIONS));
        // The record is stored without its text, which is stored once, in the text field ({@link DirectiveSearcher#documentRecord}).
        d.add(new StoredField(Fields.RECORD, Json.mapper().writeValueAsString(new Extraction(rec.doc(), rec.officials(), rec.directives(), null))));
        for (Directive x : rec.directives()) {
            for (String s : x.sectors()) {
                d.add(new StringField(Fields.SECTOR, s, Field.Store.NO));
            }
        }
        return d;
    }

    private Document directiveEntry(Extraction rec, Directive x) {
        Document d = new Document();
        common(d, rec, Fields.KIND_DIRECTIVE, x.id());
        d.add(new Field(Fields.TEXT, x.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TEXT_BIGRAM, x.text(), Field.Store.NO));
        d.add(new Field(Fields.TEXT_CHAR, x.text(), CHARS));
        d.add(new StringField(Fields.MODALITY, x.modality(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.MODALITY, x.modality()));
        d.add(new StoredField(Fields.SPAN, x.span()[0] + "," + x.span()[1]));
        for (String s : x.sectors()) {
            d.add(new StringField(Fields.SECTOR, s, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.SECTOR, s));
        }
        if (x.speaker() != null) {
            d.add(new StringField(Fields.SPEAKER, x.speaker().name(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.SPEAKER, x.speaker().name()));
            if (x.speaker().title() != null) {
                d.add(new StoredField(Fields.SPEAKER_TITLE, x.speaker().title()));
            }
        }
        String type = x.deadline() == null ? Fields.NO_DEADLINE : x.deadline().type();
        d.add(new StringField(Fields.DEADLINE, type, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.DEADLINE, type));
        if (x.deadline() != null && x.deadline().value() != null) {
            d.add(new StoredField(Fields.DEADLINE_VALUE, x.deadline().value()));
            if (x.deadline().inferred() != null) {
                d.add(new StoredField(Fields.DEADLINE_INFERRED, x.deadline().inferred()));
            }
            if (x.deadline().value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                d.add(new LongPoint(Fields.DEADLINE_DAY, LocalDate.parse(x.deadline().value()).toEpochDay()));
            }
        }
        return d;
    }

    private static void common(Document d, Extraction rec, String kind, String id) {
        var doc = rec.doc();
        d.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(id)));
        d.add(new StringField(Fields.DOC, doc.id(), Field.Store.YES));
        // Indexed, so that a permalink by source finds the document's current id after its content changed.
        d.add(new StringField(Fields.SOURCE, doc.source(), Field.Store.YES));
        if (doc.title() != null) {
            d.add(new StoredField(Fields.TITLE, doc.title()));
            d.add(new TextField(Fields.TITLE_BIGRAM, doc.title(), Field.Store.NO));
        }
        if (doc.level() != null) {
            d.add(new StringField(Fields.LEVEL, doc.level(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.LEVEL, doc.level()));
        }
        List<String> path = doc.region().path();
        if (!path.isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(Fields.REGION, path.toArray(String[]::new)));
            for (String p : path) {
                d.add(new StringField(Fields.REGION_NAME, p, Field.Store.NO));
            }
            d.add(new StoredField(Fields.REGION, String.join("/", path)));
        }
        if (doc.region().code() != null) {
            d.add(new StringField(Fields.REGION_CODE, doc.region().code(), Field.Store.YES));
        }
        Long published = doc.published() == null ? null : sortableDate(doc.published());
        if (published == null && doc.effectiveDate() != null) {
            published = sortableDate(doc.effectiveDate());
        }
        if (published != null) {
            d.add(new NumericDocValuesField(Fields.PUBLISHED_SORT, published));
        }
        String date = doc.effectiveDate();
        if (date != null) {
            d.add(new StoredField(Fields.DATE, date));
            Long sortable = sortableDate(date);
            if (sortable != null) {
                d.add(new NumericDocValuesField(Fields.DATE_SORT, sortable));
            }
            if (date.matches("\\d{4}-.*")) {
                int year = Integer.parseInt(date.substring(0, 4));
                d.add(new IntPoint(Fields.YEAR, year));
                d.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(year)));
            }
        }
    }

    /** {@code 2019-11-22} → 20191122, {@code 2019-11} → 20191100, {@code 2019} → 20190000; null without a year. */
    static Long sortableDate(String date) {
        java.util.regex.Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            return null;
        }
        return Long.parseLong(m.group(1)) * 10_000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 100)
                + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }

    private static FieldType textWithPositions() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
