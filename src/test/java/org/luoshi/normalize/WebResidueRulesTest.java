package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.luoshi.model.StrippedText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The web residue of local sites, one rule of web-residue.rules at a time, on lines written for the purpose. */
class WebResidueRulesTest {
    private final WebResidueStripper stripper = new WebResidueStripper();

    private WebResidueStripper.Result strip(String text) {
        return stripper.strip(MappedText.of(text));
    }

    private static List<String> rules(WebResidueStripper.Result r) {
        return r.stripped().stream().map(StrippedText::rule).toList();
    }

    @Test
    void breadcrumbWithYourCurrentPosition() {
        WebResidueStripper.Result r = strip("您当前的位置：首页 > 政务公开 > 部门动态\n全县安全生产会议召开\n");
        assertEquals("全县安全生产会议召开\n", r.text().toString());
        assertEquals(List.of("breadcrumb"), rules(r));
        assertEquals("位置：县城东门路口\n", strip("位置：县城东门路口\n").text().toString(), "a bare 位置 is body text");
    }

    @Test
    void shareButtons() {
        WebResidueStripper.Result r = strip("会议召开\n扫一扫分享\n分享到：微信 微博 QQ空间\n正文第一段。\n");
        assertEquals("会议召开\n正文第一段。\n", r.text().toString());
        assertEquals(List.of("share", "navigation"), rules(r));
        assertEquals("会议召开 \n", strip("会议召开 扫一扫分享到微信\n").text().toString());
        String body = "扫一扫下方二维码可以举报隐患。\n";
        assertEquals(body, strip(body).text().toString(), "a sentence about scanning stays");
    }

    @Test
    void relatedLinksGoWithTheirLinkList() {
        WebResidueStripper.Result r = strip("各乡镇要加强巡查。\n相关阅读\n我县开展消防安全大检查\n\n县应急局部署防汛工作 2023-06-10\n"
                + "Copyright © 2023 县融媒体中心\n");
        assertEquals("各乡镇要加强巡查。\n", r.text().toString());
        assertEquals(List.of("related-links", "related-links", "related-links", "copyright"), rules(r));
    }

    @Test
    void aLinkBlockBeforeTheArticleEndsAtTheFirstProse() {
        WebResidueStripper.Result r = strip("【相关新闻】\n我市召开防汛会议\n新闻推荐：全市开展安全检查\n"
                + "6月18日，我县召开防汛和安全生产工作会议，部署当前工作。\n短标题\n");
        assertEquals("6月18日，我县召开防汛和安全生产工作会议，部署当前工作。\n短标题\n", r.text().toString());
        assertEquals(List.of("related-links", "related-links", "related-links"), rules(r));
    }

    @Test
    void aBodyLineOpeningWithRelatedNewsUnitsStays() {
        String body = "相关新闻单位要加大宣传力度\n";
        assertEquals(body, strip(body).text().toString());
    }

    @Test
    void serverSideIncludeErrorsGo() {
        WebResidueStripper.Result r = strip("[an error occurred while processing the directive]\n标题\n正文[an error occurred while processing this directive]。\n");
        assertEquals("标题\n正文。\n", r.text().toString());
        assertEquals(List.of("ssi-error", "ssi-error"), rules(r));
    }

    @Test
    void siteHeaderWithItsPublisher() {
        WebResidueStripper.Result r = strip("标题\n字体：大 中 小  发布者：管理员  浏览次数：128\n正文。\n");
        assertEquals("标题\n正文。\n", r.text().toString());
        assertEquals(List.of("site-header"), rules(r));
    }

    @Test
    void datelinesAndPublicationLinesAreStrippedWithTheirDate() {
        for (String line : List.of("发布时间：2023-06-12 09:30", "石狮日报 2026-02-28 14:46", "2023-06-12 09:30 来源：射阳发布",
                "2024年1月3日 来源：县应急管理局", "时间：2023-06-12 09:30:15", "2026-02-28 14:46 石狮日报")) {
            WebResidueStripper.Result r = strip(line + "\n6月9日，射阳县召开会议。\n");
            assertEquals("6月9日，射阳县召开会议。\n", r.text().toString(), line);
            assertEquals(List.of(new StrippedText("dateline", line, 0)), r.stripped(), line);
        }
    }

    @Test
    void datesOfTheBodyStay() {
        for (String line : List.of("2022.09.26", "安远县人民政府 2023-01-31", "时间：2023年6月12日上午9时", "成文日期：2018-6-5")) {
            String text = line + "\n";
            assertEquals(text, strip(text).text().toString(), line);
        }
    }
}
