package org.luoshi.track;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchHit;

import java.io.IOException;

/** Directives for lineage trees, looked up in the index by id. */
public final class IndexedDirectives implements Lineage.Directives {
    private final DirectiveSearcher searcher;

    public IndexedDirectives(DirectiveSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public Lineage.DirectiveInfo find(String id) throws IOException {
        SearchHit h = searcher.directive(id);
        return h == null ? null : new Lineage.DirectiveInfo(id, h.text(), h.level(), h.region(), searcher.regionCode(id), h.date());
    }
}
