package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Level;
import org.luoshi.model.Region;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Level, region and meeting date from the lead of a document. */
class MetadataExtractorTest {

    @Test
    void levelFromWhoHoldsTheMeeting() {
        assertEquals(Level.COUNTY, MetadataExtractor.level(null, "8月25日，全县安全生产工作会议召开。我县化工企业较多。", 0));
        assertEquals(Level.NATIONAL, MetadataExtractor.level("国务院召开全国安全生产电视电话会", "国务院7日召开全国安全生产电视电话会议。", 0));
        assertEquals(Level.PROVINCE, MetadataExtractor.level(null, "10月7日，省安委会办公室下发通知，要求坚决贯彻习近平总书记重要论述。", 0));
        assertEquals(Level.DISTRICT, MetadataExtractor.level(null, "昨天下午，鲤城区召开全区安全生产会议。", 0));
    }

    @Test
    void regionThroughTheGazetteer() {
        assertEquals(new Region(List.of("山东省", "德州市"), "3714"),
                MetadataExtractor.region("德州新闻网讯 全县安全生产工作会议召开。", Level.COUNTY, false));
        assertEquals(List.of("福建省", "泉州市", "鲤城区"),
                MetadataExtractor.region("鲤城区召开全区会议。", Level.DISTRICT, false).path());
        assertEquals(List.of("江苏省"), MetadataExtractor.region("省安全生产巡查工作领导小组会议在南京召开。", Level.PROVINCE, false).path());
        assertEquals(List.of("吉林省"), MetadataExtractor.region("真正在吉林形成一个重落实的风气。", Level.PROVINCE, false).path());
        assertEquals(Region.UNKNOWN, MetadataExtractor.region("国务院召开会议。", Level.NATIONAL, false));
    }

    @Test
    void meetingDateResolvedAgainstPublication() {
        assertEquals("2019-11-22", MetadataExtractor.meetingDate("11月22日，全国安全生产电视电话会议召开。", "2019-11-23"));
        assertEquals("--08-25", MetadataExtractor.meetingDate("8月25日，全县安全生产工作会议召开。", null));
        assertEquals("2018-07-27", MetadataExtractor.meetingDate("国务院27日召开全国安全生产电视电话会议。", "2018-07-27"));
        assertEquals("2020-09-14", MetadataExtractor.meetingDate("昨天下午，鲤城区召开会议。", "2020-09-15"));
        assertNull(MetadataExtractor.meetingDate("今天下午，我省召开会议。", null));
        assertNull(MetadataExtractor.meetingDate("近日，习近平作出重要指示。", "2016-01-06"));
    }
}
