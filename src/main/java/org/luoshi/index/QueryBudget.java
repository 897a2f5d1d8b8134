package org.luoshi.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * What one query may cost, checked on the parsed query before it runs: at most {@value #MAX_CLAUSES} clauses, at
 * most {@value #MAX_EXPANDING} terms that expand over the dictionary (wildcard, prefix, regex, fuzzy, range), a
 * wildcard of at most {@value #MAX_PATTERN} characters, a regex of at most {@value #MAX_REGEX_STATES} automaton
 * states. The limits keep every accepted query well under a second on an index of a million directives (a regex of
 * {@code .{1,100}} runs took seconds); a query beyond them is a {@link QueryTooComplexException} (HTTP 400).
 */
final class QueryBudget {
    static final int MAX_CLAUSES = 64;
    static final int MAX_EXPANDING = 4;
    static final int MAX_PATTERN = 32;
    static final int MAX_REGEX_STATES = 200;

    private QueryBudget() {
    }

    static QueryTooComplexException tooComplex(String why) {
        return new QueryTooComplexException("查询过于复杂：" + why + "（每个查询最多 " + MAX_CLAUSES + " 个词或子句、"
                + MAX_EXPANDING + " 个通配、模糊或正则词）");
    }

    static void check(Query q) throws QueryTooComplexException {
        int[] counts = new int[2];
        walk(q, counts);
        if (counts[0] > MAX_CLAUSES) {
            throw tooComplex("有 " + counts[0] + " 个词或子句");
        }
        if (counts[1] > MAX_EXPANDING) {
            throw tooComplex("有 " + counts[1] + " 个通配、模糊或正则词");
        }
    }

    private static void walk(Query q, int[] counts) throws QueryTooComplexException {
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                walk(c.getQuery(), counts);
            }
        } else if (q instanceof BoostQuery b) {
            walk(b.getQuery(), counts);
        } else if (q instanceof ConstantScoreQuery c) {
            walk(c.getQuery(), counts);
        } else if (q instanceof DisjunctionMaxQuery d) {
            for (Query x : d.getDisjuncts()) {
                walk(x, counts);
            }
        } else {
            counts[0]++;
            if (q instanceof MultiTermQuery) {
                counts[1]++;
            }
            if (q instanceof RegexpQuery r && r.getAutomaton().getNumStates() > MAX_REGEX_STATES) {
                throw tooComplex("正则表达式有 " + r.getAutomaton().getNumStates() + " 个状态");
            }
            if (q instanceof WildcardQuery w && w.getTerm().text().length() > MAX_PATTERN) {
                throw tooComplex("通配词长于 " + MAX_PATTERN + " 个字符");
            }
            if (q instanceof FuzzyQuery f && f.getTerm().text().length() > MAX_PATTERN) {
                throw tooComplex("模糊词长于 " + MAX_PATTERN + " 个字符");
            }
        }
    }
}
