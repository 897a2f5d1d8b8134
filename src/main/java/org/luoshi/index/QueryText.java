package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, read as a query on one field. Lucene's classic syntax (AND/OR/NOT, "phrases", parentheses,
 * field:term, /regex/, wildcards, fuzzy~) where it is valid syntax, and text where it is not: full-width quotes
 * (“…”, 「…」, 『…』) are phrase quotes; a {@code :} is a field only after a field of the index, else text
 * ({@code 全覆盖:零容忍}); a {@code /} opens a regex only where a whole term is {@code /…/}, else text
 * ({@code 煤矿/非煤矿山}); a query the parser still refuses is read once more with every operator character but
 * quotes and parentheses as text. What remains wrong (an open parenthesis or quote) is a {@link QuerySyntaxException}
 * naming the column; a query beyond {@link QueryBudget} a {@link QueryTooComplexException}.
 */
final class QueryText {
    /** The fields a query may name. */
    private static final Set<String> FIELDS = Set.of(Fields.TEXT, Fields.TEXT_BIGRAM, Fields.TEXT_CHAR, Fields.TITLE_BIGRAM, Fields.DOC_TEXT);
    private static final String QUOTES = "“”„‟「」『』＂";
    /** Characters of the syntax read as text by the second reading (quotes, parentheses and whitespace stay syntax). */
    private static final String OPERATORS = "+-!^~*?[]{}&|/:";
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private QueryText() {
    }

    /** Whether the query asks for everything (empty or {@code *}). */
    static boolean isAll(String q) {
        return q == null || q.isBlank() || q.strip().equals("*");
    }

    /**
     * @param characters read every word as the phrase of its characters (the character fields)
     * @return the parsed query, within the budget
     */
    static Query parse(String q, String field, Analyzer analyzer, boolean characters) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // A regex whose automaton would be beyond the budget fails while it is built, not after seconds of it.
        parser.setDeterminizeWorkLimit(QueryBudget.MAX_REGEX_STATES * 50);
        if (characters) {
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
        }
        String prepared = prepare(q);
        Query query;
        try {
            query = parser.parse(prepared);
        } catch (ParseException | IllegalArgumentException first) {
            try {
                query = parser.parse(asText(prepared));
            } catch (ParseException | IllegalArgumentException second) {
                throw syntax(first);
            } catch (TooComplexToDeterminizeException e) {
                throw QueryBudget.tooComplex("正则表达式太复杂");
            }
        } catch (TooComplexToDeterminizeException e) {
            throw QueryBudget.tooComplex("正则表达式太复杂");
        }
        QueryBudget.check(query);
        return query;
    }

    /** Full-width quotes as quotes; {@code :} and {@code /} escaped where they form no syntax. */
    static String prepare(String q) {
        StringBuilder b = new StringBuilder(q.length() + 8);
        int n = q.length();
        for (int i = 0; i < n; i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < n) {
                b.append(c).append(q.charAt(++i));
            } else if (QUOTES.indexOf(c) >= 0) {
                b.append('"');
            } else if (c == ':') {
                b.append(FIELDS.contains(fieldBefore(b)) ? ":" : "\\:");
            } else if (c == '/') {
                int end = regexEnd(q, i);
                if (end > 0) {
                    b.append(q, i, end + 1);
                    i = end;
                } else {
                    b.append("\\/");
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every operator character escaped, quotes and parentheses kept. */
    static String asText(String q) {
        StringBuilder b = new StringBuilder(q.length() + 8);
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                b.append(c).append(q.charAt(++i));
            } else {
                if (OPERATORS.indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The field name just written before a colon, or "" when what precedes is no bare word. */
    private static String fieldBefore(StringBuilder b) {
        int i = b.length();
        while (i > 0 && (Character.isLowerCase(b.charAt(i - 1)) || b.charAt(i - 1) == '_')) {
            i--;
        }
        boolean boundary = i == 0 || Character.isWhitespace(b.charAt(i - 1)) || b.charAt(i - 1) == '(' || b.charAt(i - 1) == '+'
                || b.charAt(i - 1) == '-';
        return boundary ? b.substring(i) : "";
    }

    /** The index of the slash closing a regex opened at {@code i}, when the regex is a whole term; else -1. */
    private static int regexEnd(String q, int i) {
        boolean opens = i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(' || q.charAt(i - 1) == ':'
                || q.charAt(i - 1) == '+' || q.charAt(i - 1) == '-';
        if (!opens) {
            return -1;
        }
        for (int j = i + 1; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '/') {
                boolean closes = j + 1 == q.length() || Character.isWhitespace(q.charAt(j + 1)) || q.charAt(j + 1) == ')'
                        || q.charAt(j + 1) == '^';
                return closes && j > i + 1 ? j : -1;
            }
        }
        return -1;
    }

    private static QuerySyntaxException syntax(Exception e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = COLUMN.matcher(msg);
        String where = m.find() ? "第 " + m.group(1) + " 列附近" : "";
        return new QuerySyntaxException("查询语法有误" + (where.isEmpty() ? "" : "（" + where + "）")
                + "：括号和引号要成对，AND、OR、NOT 两边都要有词");
    }
}
