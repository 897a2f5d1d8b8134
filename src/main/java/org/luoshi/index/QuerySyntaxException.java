package org.luoshi.index;

/** A query that cannot be parsed; the message says what is wrong and where, in one line. */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
