package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Level;
import org.luoshi.normalize.Normalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Level, region and meeting date (ANNOTATION.md, Document fields) on short texts written for the purpose, one kind
 * each: who holds the meeting, every level of the division tree, each kind of region evidence, dates.
 */
class MetadataExtractorTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    private static DocumentInfo doc(String text) {
        return doc(text, null);
    }

    private static DocumentInfo doc(String text, String published) {
        try {
            return EXTRACTOR.extract(new Normalizer().normalize("t.txt", text), published).doc();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void unit(String level, List<String> path, String text) {
        DocumentInfo d = doc(text);
        assertEquals(level, d.level(), () -> "level of: " + text);
        assertEquals(path, d.region().path(), () -> "region of: " + text);
    }

    @Test
    void aReportOfWorkIsWrittenByTheUnitWhoseOrganActs() {
        unit("district", List.of("河南省", "新乡市", "红旗区"),
                "红旗区应急管理局扎实开展燃气安全隐患排查\n“7·21”事故发生后，红旗区应急管理局迅速行动，共检查餐饮场所326家。");
        unit("county", List.of("河北省", "保定市", "涞源县"),
                "本报讯 8月以来，涞源县应急局组织开展非煤矿山专项检查，共检查企业23家，发现隐患41处。");
        unit("township", List.of("湖北省", "十堰市", "张湾区", "车城路街道"),
                "车城路街道全面排查燃气安全隐患\n“6·13”燃气爆炸事故发生后，车城路街道立即在辖区开展了燃气安全大排查，共检查燃气用户320家。");
        assertEquals(null, doc("陕西：创新机制 精准扶贫\n陕西开展精准扶贫工作，各地积极行动。").level(),
                "a province named as acting, without an organ, is news about it, not its report");
        DocumentInfo d = doc("日前，在公安部统一协调指挥下，多地公安机关开展专项行动。\n2012年4月，河北省石家庄市公安局侦查发现一个犯罪团伙。");
        assertEquals(null, d.level(), "a place named inside another's organ is not the writer: " + d.region().path());
    }

    @Test
    void betweenPlacesNamedEquallyThePlacesBelowDecide() {
        unit("province", List.of("江苏省"), "上海市派出医疗专家赶赴现场。江苏省委省政府部署救援工作。苏州市各医院全力救治伤员。");
    }

    @Test
    void levelFromWhoHoldsTheMeeting() {
        assertEquals(Level.COUNTY, UnitFinder.levelCue(null, "8月25日，全县安全生产工作会议召开。我县化工企业较多。"));
        assertEquals(Level.NATIONAL, UnitFinder.levelCue("国务院召开全国安全生产电视电话会", "国务院7日召开全国安全生产电视电话会议。"));
        assertEquals(Level.PROVINCE, UnitFinder.levelCue(null, "10月7日，省安委会办公室下发通知，要求坚决贯彻习近平总书记重要论述。"));
        assertEquals(Level.DISTRICT, UnitFinder.levelCue(null, "昨天下午，鲤城区召开全区安全生产会议。"));
        unit("national", List.of(), "国务院召开全国安全生产电视电话会议\n7日，国务院召开全国安全生产电视电话会议，部署岁末年初安全防范工作。");
    }

    @Test
    void aUnitThatListensToAHigherMeetingIsTheHost() {
        unit("county", List.of("湖北省", "黄冈市", "红安县"),
                "9月3日下午，全国安全生产电视电话会议召开，红安县在县分会场组织收听收看。会后，县长李强国就贯彻落实会议精神提出要求。");
        unit("county", List.of("湖北省", "黄冈市", "红安县"),
                "9月3日，国务院召开全国安全生产电视电话会议。县委书记王明远在红安县分会场参加会议。");
        unit("county", List.of("湖北省", "黄冈市", "麻城市"),
                "9月3日，全国、全省安全生产电视电话会议相继召开。会议结束后，麻城市随即召开全市安全生产紧急会议。");
    }

    @Test
    void everyLevelOfTheTree() {
        unit("county", List.of("福建省", "泉州市", "石狮市"), "2月26日，石狮市召开全市安全生产工作会议，部署节后复工复产安全工作。");
        unit("district", List.of("天津市", "河西区"), "3月2日，河西区召开安全生产工作会议，传达学习市委、市政府部署。");
        unit("district", List.of("上海市", "徐汇区"), "徐汇区召开安全生产委员会全体会议，研究部署下阶段工作。");
        unit("township", List.of("湖北省", "黄冈市", "红安县", "杏花乡"), "4月9日，红安县杏花乡召开安全生产工作部署会。");
        unit("township", List.of("陕西省", "西安市", "雁塔区", "电子城街道"), "电子城街办召开安全生产工作会议，研究部署消防工作。");
        unit("city", List.of("山西省", "运城市"), "11月22日，运城市召开全市安全生产工作会议。");
    }

    @Test
    void regionFromEvidenceOtherThanTheHost() {
        unit("city", List.of("湖南省", "永州市"), "全市安全生产调度会召开。零陵区、东安县主要负责同志汇报了隐患整改情况。");
        unit("county", List.of("湖北省", "黄冈市", "英山县"), "云上英山讯（记者 王二）8月1日，全县安全生产工作会议召开。");
        unit("county", List.of("安徽省", "合肥市", "长丰县"), "全县消防工作会议召开。会议要求，要全力建设平安长丰。");
        unit("city", List.of("湖南省", "衡阳市"),
                "全市安全生产工作会议召开。副市长邵东平主持会议，蒸湘区、衡南县负责同志作表态发言。");
    }

    @Test
    void anOfficialDocumentIsPlacedByItsIssuer() {
        DocumentInfo d = doc("关于进一步加强燃气安全管理的通知\n各乡镇人民政府，县直各单位：\n各乡镇要立即开展燃气安全排查。\n"
                + "安远县人民政府\n2022年10月25日");
        assertEquals("county", d.level());
        assertEquals(List.of("江西省", "赣州市", "安远县"), d.region().path());
        assertEquals("2022-10-25", d.meetingDate());
        assertEquals("关于进一步加强燃气安全管理的通知", d.title());
    }

    @Test
    void meetingDates() {
        assertEquals("2019-11-22", MetadataExtractor.meetingDate("11月22日，全国安全生产电视电话会议召开。", "2019-11-23"));
        assertEquals("--08-25", MetadataExtractor.meetingDate("8月25日，全县安全生产工作会议召开。", null));
        assertEquals("2018-07-27", MetadataExtractor.meetingDate("国务院27日召开全国安全生产电视电话会议。", "2018-07-27"));
        assertEquals("2020-09-14", MetadataExtractor.meetingDate("昨天下午，鲤城区召开会议。", "2020-09-15"));
        assertNull(MetadataExtractor.meetingDate("今天下午，我省召开会议。", null));
        assertNull(MetadataExtractor.meetingDate("近日，习近平作出重要指示。", "2016-01-06"));
        assertEquals("2019-11-22", MetadataExtractor.meetingDate("二〇一九年十一月二十二日，全县安全生产工作会议召开。", null));
        assertEquals("2020-01-05", MetadataExtractor.meetingDate("二零二零年一月五日，县安委会召开全体会议。", null));
        assertEquals("2023-12-29", MetadataExtractor.meetingDate("12月29日，全区安全生产工作会议召开。", "2024-01-03"));
    }

    @Test
    void aDatelineInTheTextGivesTheYear() {
        DocumentInfo d = doc("晋江新闻网 2025-03-04 10:12\n3月3日，全县安全生产工作会议召开。");
        assertEquals("2025-03-04", d.published());
        assertEquals("2025-03-03", d.meetingDate());
    }
}
