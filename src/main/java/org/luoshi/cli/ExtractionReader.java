package org.luoshi.cli;

import org.luoshi.model.Extraction;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads {@code extract} output (or ingest's {@code extractions.jsonl}, whose records carry more fields, such as
 * {@code sources}, which are ignored): one {@link Extraction} per JSONL line; a bad line is an error naming file and line.
 */
final class ExtractionReader {
    private static final com.fasterxml.jackson.databind.ObjectReader READER = Json.mapper().readerFor(Extraction.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExtractionReader() {
    }

    static int read(Path file, Consumer<Extraction> each) throws IOException {
        int n = 0;
        int line = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            while ((s = r.readLine()) != null) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                Extraction e;
                try {
                    e = READER.readValue(s);
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new IOException(file + ":" + line + ": not an extraction record: " + ex.getOriginalMessage(), ex);
                }
                each.accept(e);
                n++;
            }
        }
        return n;
    }
}
