package org.luoshi.extract;

/** One document to extract from: its source name, raw bytes or text, and a publication date when the input had one. */
public record InputDocument(String source, byte[] bytes, String text, String published) implements java.io.Serializable {
}
