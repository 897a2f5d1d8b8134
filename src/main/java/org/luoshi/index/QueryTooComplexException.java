package org.luoshi.index;

/** A query beyond the budget of {@link QueryBudget} (too many clauses, fuzzy or wildcard terms, too large a regex). */
public final class QueryTooComplexException extends QuerySyntaxException {
    private static final long serialVersionUID = 1L;

    public QueryTooComplexException(String message) {
        super(message);
    }
}
