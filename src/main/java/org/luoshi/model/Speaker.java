package org.luoshi.model;

/** The official a directive is attributed to. */
public record Speaker(String name, String title) implements java.io.Serializable {
}
