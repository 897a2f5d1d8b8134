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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Deadline expressions with their meeting dates and expected deadlines: the annotation guide's table
 * (gold/deadlines.tsv) and the project's own, larger table (deadlines-more.tsv: events, periods, every date
 * notation, relative dates, recurrences, non-deadlines, which one of several; with how each value was inferred).
 */
class DeadlineTableTest {
    private static final Map<String, String> INFERRED = Map.of("meeting-year", Deadline.YEAR_FROM_MEETING,
            "rolled", Deadline.YEAR_ROLLED_FORWARD, "relative", Deadline.RELATIVE_TO_MEETING,
            "workdays", Deadline.WORK_DAYS_FROM_MEETING);
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    

    static List<Arguments> guideRows() throws IOException {
        return rows("/deadlines.tsv");
    }

    static List<Arguments> moreRows() throws IOException {
        return rows("/deadlines-more.tsv");
    }

    /** expression, meeting date, type, value, inferred code, text: empty columns are null. */
    private static List<Arguments> rows(String resource) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DeadlineTableTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (column(f, 4) != null && !INFERRED.containsKey(f[4])) {
                    throw new IllegalStateException(resource + ": unknown inference code " + f[4] + " in " + line);
                }
                out.add(arguments(f[0], column(f, 1), f[2], column(f, 3), column(f, 4), column(f, 5)));
            }
        }
        return out;
    }

    private static String column(String[] f, int i) {
        return f.length > i && !f[i].isEmpty() ? f[i] : null;
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2} {3}")
    @MethodSource("guideRows")
    void guideExpressionGetsItsTypeAndValue(String expression, String meetingDate, String type, String value, String inferred,
                                            String text) {
        check(expression, meetingDate, type, value, text);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2} {3} {4}")
    @MethodSource("moreRows")
    void expressionGetsItsTypeValueAndInference(String expression, String meetingDate, String type, String value, String inferred,
                                                String text) {
        Deadline d = check(expression, meetingDate, type, value, text);
        if (d != null) {
            assertEquals(inferred == null ? null : INFERRED.get(inferred), d.inferred(), () -> "got " + d);
        }
    }

    private Deadline check(String expression, String meetingDate, String type, String value, String text) {
        Deadline d = deadlines.extract(expression, DirectiveClassifier.orderMarker(expression), meetingDate);
        if (type.equals("none")) {
            assertNull(d, () -> "not a deadline, got " + d);
            return null;
        }
        assertNotNull(d, "no deadline found");
        assertEquals(type, d.type(), () -> "got " + d);
        assertEquals(value, d.value(), () -> "got " + d);
        if (text != null) {
            assertEquals(text, d.text(), () -> "got " + d);
        }
        return d;
    }
}
