package org.luoshi.normalize;

/**
 * The one error normalization reports: an input that cannot be read as text (empty, binary, undecodable, too
 * large). The message names the source and the reason; callers quarantine the input and go on.
 */
public final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public UnreadableInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
