package org.luoshi.model;

/**
 * The time constraint of a directive: {@code type} is date, before_event, recurring or immediate; {@code value}
 * is {@code YYYY-MM-DD} or {@code --MM-DD} for dates, an ISO period ({@code P1M}) for recurring, else null.
 */
public record Deadline(String text, String type, String value) implements java.io.Serializable {
}
