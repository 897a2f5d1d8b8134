package org.luoshi.index;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code after} cursor of search_after paging: the sort values of the last hit of a page (score or date, then
 * the id, then Lucene's doc number), written as one URL-safe token. A cursor is read only with the order it was made
 * for; anything else is an {@link IllegalArgumentException}.
 */
final class Cursor {
    private Cursor() {
    }

    static String encode(FieldDoc last, SearchRequest.Sort sort) {
        Object first = last.fields[0];
        String value = sort == SearchRequest.Sort.relevance ? Integer.toHexString(Float.floatToIntBits((Float) first))
                : Long.toString((Long) first);
        BytesRef id = (BytesRef) last.fields[1];
        String raw = sort.name().charAt(0) + "~" + value + "~" + last.doc + "~" + (id == null ? "" : id.utf8ToString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor, SearchRequest.Sort sort) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] f = raw.split("~", 4);
        if (f.length != 4 || f[0].length() != 1 || f[0].charAt(0) != sort.name().charAt(0)) {
            throw invalid();
        }
        try {
            Object first = sort == SearchRequest.Sort.relevance ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(f[1], 16))
                    : (Object) Long.parseLong(f[1]);
            int doc = Integer.parseInt(f[2]);
            float score = first instanceof Float s ? s : Float.NaN;
            return new FieldDoc(doc, score, new Object[] {first, f[3].isEmpty() ? null : new BytesRef(f[3])});
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("翻页游标 after 无效（它只能取自上一页的 next，且排序方式不变）");
    }
}
