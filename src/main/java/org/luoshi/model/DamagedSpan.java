package org.luoshi.model;

/**
 * A span of normalized text [start, end) that scraping damaged: a one-byte-shifted GBK run or a character lost
 * as {@code ?}. {@code repaired} says whether the text now holds a recovered reading; {@code kind} says which
 * damage it was ({@code shifted_gbk}, {@code lost_character}, {@code truncated}).
 */
public record DamagedSpan(int start, int end, boolean repaired, String kind) implements java.io.Serializable {
}
