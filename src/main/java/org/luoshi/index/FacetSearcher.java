package org.luoshi.index;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;

/**
 * An IndexSearcher with the facet ordinals of its reader, built once per reader (building them is the costly part
 * of counting facets, and a reader is searched many times); null when the index has no facet fields yet.
 */
final class FacetSearcher extends IndexSearcher {
    /** Makes these searchers for a SearcherManager, and for a searcher opened once. */
    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new FacetSearcher(reader);
        }
    };

    final SortedSetDocValuesReaderState state;
    /** The facet dimensions that have values in this reader. */
    final java.util.Set<String> dims = new java.util.HashSet<>();
    /** The schema version the index was committed with (0 before versions were written). */
    final int schema;

    FacetSearcher(IndexReader reader) throws IOException {
        super(reader);
        SortedSetDocValuesReaderState s;
        try {
            s = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            s = null; // no facet field indexed yet
        }
        this.state = s;
        if (s != null) {
            s.getDims().forEach(dims::add);
        }
        String v = reader instanceof DirectoryReader d ? d.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY) : null;
        this.schema = v == null ? 0 : Integer.parseInt(v);
    }
}
