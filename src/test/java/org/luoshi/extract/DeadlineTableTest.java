package org.luoshi.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.model.Deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The deadline expressions of the annotation guide's table (gold/deadlines.tsv), with their expected values. */
class DeadlineTableTest {
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final DirectiveClassifier classifier = new DirectiveClassifier();

    static List<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DeadlineTableTest.class.getResourceAsStream("/deadlines.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(arguments(f[0], f[1].isEmpty() ? null : f[1], f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2} {3}")
    @MethodSource("rows")
    void expressionGetsItsTypeAndValue(String expression, String meetingDate, String type, String value) {
        Deadline d = deadlines.extract(expression, DirectiveClassifier.firstMarker(expression), meetingDate);
        if (type.equals("none")) {
            assertNull(d, () -> "not a deadline, got " + d);
            return;
        }
        assertEquals(type, d == null ? null : d.type(), () -> "got " + d);
        assertEquals(value, d.value());
    }
}
