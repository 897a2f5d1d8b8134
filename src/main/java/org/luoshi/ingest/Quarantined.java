package org.luoshi.ingest;

/** An input that could not be processed: where it came from, the stage that refused it and why. */
public record Quarantined(String source, String stage, String reason) implements java.io.Serializable {
}
