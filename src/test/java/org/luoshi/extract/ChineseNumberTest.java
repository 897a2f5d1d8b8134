package org.luoshi.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers as dates write them: Arabic, full-width, Chinese with tens, and years digit by digit. */
class ChineseNumberTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"12, 12", "２０２４, 2024", "五, 5", "十, 10", "十二, 12", "二十, 20", "二十五, 25", "三十一, 31", "两, 2",
            "二〇二〇, 2020", "二零二四, 2024", "一九九八, 1998"})
    void readsTheNumber(String text, int value) {
        assertEquals(value, ChineseNumber.parse(text));
    }

    @ParameterizedTest(name = "{0} is no number")
    @CsvSource({"一两", "二三", "十二三", "一二十", "1十", "十2", "月", "''"})
    void rejectsWhatIsNoNumber(String text) {
        assertEquals(-1, ChineseNumber.parse(text));
    }
}
