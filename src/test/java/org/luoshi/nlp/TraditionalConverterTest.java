package org.luoshi.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phrase-level Traditional → Simplified conversion on sentences written for the purpose. */
class TraditionalConverterTest {
    private static final TraditionalConverter CONVERTER = new TraditionalConverter(List.of("乾安县", "乾县", "濛江乡", "藉口镇"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // 著 as the particle and in 着力/着眼/着重/着手/着想/着实 becomes 着
            "各單位要圍繞著年度目標推進工作, 各单位要围绕着年度目标推进工作",
            "著力解決群眾反映強烈的問題, 着力解决群众反映强烈的问题",
            "要著眼長遠，著重抓好源頭治理, 要着眼长远，着重抓好源头治理",
            "立即著手整改，多為群眾著想, 立即着手整改，多为群众着想",
            "這項工作著實不易，隨著汛期臨近, 这项工作着实不易，随着汛期临近",
            // 著 (zhù) stays in 著名/显著/著作/著称
            "整治取得顯著成效, 整治取得显著成效",
            "這位著名專家的著作以嚴謹著稱, 这位著名专家的著作以严谨著称",
            "成效卓著，臭名昭著, 成效卓著，臭名昭著",
    })
    void zheFollowsItsWord(String traditional, String simplified) {
        assertEquals(simplified, CONVERTER.convert(traditional));
    }

    @Test
    void placeNamesOfTheGazetteerSurvive() {
        assertEquals("乾安县召开会议，当前天气干燥", CONVERTER.convert("乾安縣召開會議，當前天氣乾燥"));
        assertEquals("乾县应急管理局", CONVERTER.convert("乾縣應急管理局"));
        assertEquals("濛江乡开展检查", CONVERTER.convert("濛江鄉開展檢查"));
    }

    @Test
    void shortFormsSurviveUnlessTheyConvertToAWord() {
        assertEquals("建设平安乾安，乾安发布", CONVERTER.convert("建設平安乾安，乾安發布"));
        assertEquals("不找借口推脱", CONVERTER.convert("不找藉口推脫"));
    }

    @Test
    void aNameIsRestoredOnlyWhereTheOriginalWroteIt() {
        assertEquals("他很能干县长交办的事", CONVERTER.convert("他很能幹縣長交辦的事"));
    }

    @Test
    void lengthAndLineBreaksAreKept() {
        String in = "鴜鷺樹鎮\n安全生產\n𠮷";
        String out = CONVERTER.convert(in);
        assertEquals(in.length(), out.length());
        assertEquals("安全生产", out.split("\n")[1]);
        assertEquals("𠮷", out.split("\n")[2]);
    }

    @Test
    void phrasesOfHanLpsDictionaryApply() {
        assertEquals("乾隆年间，乾坤", CONVERTER.convert("乾隆年間，乾坤"));
        assertEquals("干干净净", CONVERTER.convert("乾乾淨淨"));
    }
}
