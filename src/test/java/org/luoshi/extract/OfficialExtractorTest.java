package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Official;
import org.luoshi.model.Quality;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officials on sentences written for the purpose, each showing one way news text names them. */
class OfficialExtractorTest {
    private static final PlaceholderSpans NONE = PlaceholderSpans.of(new Quality("UTF-8", false, false, 0, List.of(), 0, 0, List.of(), List.of(), 0));

    private static Map<String, Official> officials(String text, String level) {
        return new OfficialExtractor().extract(text, level, NONE).officials().stream()
                .collect(Collectors.toMap(Official::name, o -> o));
    }

    @Test
    void joinedPostsAndSharedTitles() {
        Map<String, Official> o = officials("市委常委、常务副市长陈杰，副市长郭尚礼、卫再学、崔元斌，市政府秘书长张保安在运城会场参加会议。", "city");
        assertEquals("市委常委、常务副市长", o.get("陈杰").title());
        assertEquals("副市长", o.get("卫再学").title());
        assertEquals("副市长", o.get("崔元斌").title());
        assertEquals("市政府秘书长", o.get("张保安").title());
        assertEquals("city", o.get("张保安").level());
        assertTrue(o.get("陈杰").roles().contains("attendee"));
    }

    @Test
    void genericTitleGivesWayToASpecificOne() {
        Map<String, Official> o = officials("县领导景文新、林春元出席。县委书记景文新指出，要抓好安全。县委副书记、县长林春元主持会议。", "county");
        assertEquals("县委书记", o.get("景文新").title());
        assertEquals("县委副书记、县长", o.get("林春元").title());
        assertTrue(o.get("林春元").roles().contains("host"));
    }

    @Test
    void nationalLeadersNamedBeforeTheirPost() {
        Map<String, Official> o = officials("深入学习贯彻习近平总书记、李克强总理重要批示精神。", "province");
        assertEquals("总书记", o.get("习近平").title());
        assertEquals("national", o.get("习近平").level());
        assertEquals("总理", o.get("李克强").title());
    }

    @Test
    void namedInARoleWithoutAPost() {
        Map<String, Official> o = officials("会议在北京召开。马凯、郭声琨、王勇出席会议。", "national");
        assertTrue(o.containsKey("郭声琨"), o.toString());
        assertNull(o.get("郭声琨").title());
        assertEquals("national", o.get("郭声琨").level());
    }

    @Test
    void journalistsAndDoctrinesAreNotOfficials() {
        Map<String, Official> o = officials("德州新闻网讯（记者 董千里）8月25日，会议召开。要以习近平新时代中国特色社会主义思想为指导。", "county");
        assertFalse(o.containsKey("董千里"));
        assertFalse(o.containsKey("习近平"));
    }

    @Test
    void nameEndsWhereTheVerbBegins() {
        assertEquals("巴音朝鲁", OfficialExtractor.nameAt("巴音朝鲁到会并作重要讲话", 0));
        assertEquals("林春元", OfficialExtractor.nameAt("林春元主持会议", 0));
        assertEquals("李强", OfficialExtractor.nameAt("李强作出批示", 0));
        assertNull(OfficialExtractor.nameAt("各部门要落实", 0));
    }
}
