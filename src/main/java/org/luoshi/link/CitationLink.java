package org.luoshi.link;

/**
 * A citation and what it resolved to: the cited document's id ({@code to}, null when the corpus does not hold it),
 * a score (1 for the same day, less for days before) and the citation itself as evidence, so a ledger can say
 * "cites the national TV conference of 2019-11-22, not ingested".
 */
public record CitationLink(String from, String to, String type, double score, Citation evidence) implements java.io.Serializable {
}
