package org.luoshi.model;

/** Web residue removed by normalization: which rule removed it and the text removed (as in the original). */
public record StrippedText(String rule, String text, int originalStart) implements java.io.Serializable {
}
