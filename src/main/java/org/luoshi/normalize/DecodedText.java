package org.luoshi.normalize;

/** Text decoded from bytes, with the encoding it was detected as and whether a byte-order mark or a cut-off tail was seen. */
record DecodedText(String text, String encoding, boolean bom, boolean truncatedTail) {
}
