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
    void postsOutsideAFixedListAreReadAsOrganAndHead() {
        Map<String, Official> o = officials("县委常委、宣传部部长葛明远，县妇联主席边晓云，县消防救援大队大队长龚力出席会议。", "county");
        assertEquals("县委常委、宣传部部长", o.get("葛明远").title());
        assertEquals("县妇联主席", o.get("边晓云").title());
        assertEquals("县消防救援大队大队长", o.get("龚力").title());
        Map<String, Official> chain = officials("区委副书记，区政府区长，高新区党工委副书记、管委会主任闻一舟主持会议。", "district");
        assertEquals("区委副书记，区政府区长，高新区党工委副书记、管委会主任", chain.get("闻一舟").title());
        assertEquals("district", chain.get("闻一舟").level());
        Map<String, Official> placed = officials("麻城市委副书记、市长柯远帆，乡党委书记、乡长丁可出席。", "county");
        assertEquals("麻城市委副书记、市长", placed.get("柯远帆").title());
        assertEquals("乡党委书记、乡长", placed.get("丁可").title());
        assertEquals("township", placed.get("丁可").level());
    }

    @Test
    void postsWrittenAfterOrAroundTheName() {
        Map<String, Official> o = officials("会上传达了魏启航副市长的批示。随后，石磊副县长讲话。县水利局邱岚局长通报了汛情。", "county");
        assertEquals("副市长", o.get("魏启航").title());
        assertEquals("city", o.get("魏启航").level());
        assertEquals("副县长", o.get("石磊").title());
        assertEquals("县水利局局长", o.get("邱岚").title());
        assertFalse(o.containsKey("利部"), "a department's name is no person");
        assertFalse(officials("国务院组成部门中，水利部部长出席。", "national").keySet().stream().anyMatch(n -> n.endsWith("部")));
    }

    @Test
    void aShortReferenceIsTheOfficialNamedInFull() {
        OfficialExtractor.Result r = new OfficialExtractor().extract(
                "副县长蒲云海出席会议。会上，蒲县长要求加强巡查。县委书记牛德胜主持。牛书记强调，要压实责任。", "county", NONE);
        assertEquals(2, r.officials().size(), r.officials().toString());
        assertTrue(r.mentions().stream().anyMatch(m -> m.reference() && m.name().equals("蒲云海")));
        assertTrue(r.mentions().stream().anyMatch(m -> m.reference() && m.name().equals("牛德胜")));
    }

    @Test
    void namesEndingInAFunctionWordAndOutsideTheBmp() {
        Map<String, Official> o = officials("县委书记郑永和、县长汪立出席。郑永和指出，要抓好安全。", "county");
        assertTrue(o.containsKey("郑永和"), o.toString());
        Map<String, Official> w = officials("副县长何成与各乡镇签订了责任书。", "county");
        assertTrue(w.containsKey("何成"), w.toString());
        Map<String, Official> astral = officials("副县长梁𫖮出席会议并讲话。梁𫖮要求，各乡镇要加强巡查。", "county");
        assertTrue(astral.containsKey("梁𫖮"), astral.toString());
    }

    @Test
    void nameEndsWhereTheVerbBegins() {
        assertEquals("巴音朝鲁", OfficialExtractor.nameAt("巴音朝鲁到会并作重要讲话", 0));
        assertEquals("林春元", OfficialExtractor.nameAt("林春元主持会议", 0));
        assertEquals("李强", OfficialExtractor.nameAt("李强作出批示", 0));
        assertNull(OfficialExtractor.nameAt("各部门要落实", 0));
    }
}
