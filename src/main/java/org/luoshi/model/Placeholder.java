package org.luoshi.model;

/** A template placeholder ({@code XX}, {@code XXX}, {@code 20xx}, {@code X月XX日}) kept in the text at [start, end). */
public record Placeholder(int start, int end, String text) implements java.io.Serializable {
}
