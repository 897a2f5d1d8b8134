package org.luoshi.formats;

/** A document file that gives no text: its reason is what the quarantine record says (Chinese first). */
public final class UnreadableDocumentException extends Exception {
    private final String reason;

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
