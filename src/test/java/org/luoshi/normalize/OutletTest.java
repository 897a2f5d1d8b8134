package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The publishing outlet of a page, read through the whole normalization, on pages written for the purpose. */
class OutletTest {
    private final Normalizer normalizer = new Normalizer();

    private String outlet(String page) throws Exception {
        return normalizer.normalize("page", page).quality().outlet();
    }

    static List<Arguments> pages() {
        return List.of(
                arguments("来源：石狮日报\n2月27日，石狮市召开会议。", "石狮日报"),
                arguments("来源：射阳发布  作者：王五  发布时间：2023-06-12 09:30\n6月9日，射阳县召开会议。", "射阳发布"),
                arguments("來源:運城日報發布者:時間:2019-11-23\n本報訊 11月22日，全市安全生產會議召開。", "运城日报"),
                arguments("2023-06-12 09:30 来源：云上红安\n会议要求加强巡查。", "云上红安"),
                arguments("云上英山讯（记者 程晓雯）6月18日，我县召开会议。", "云上英山"),
                arguments("县召开防汛会议\n德州新闻网讯(记者 董千里)8月25日，全县会议召开。", "德州新闻网"),
                arguments("央视网消息（新闻联播）：全国会议召开。", "央视网"),
                arguments("据石狮日报报道，石狮市召开会议。", "石狮日报"),
                arguments("石狮日报 2026-02-28 14:46\n本报讯 2月27日，石狮市召开会议。", "石狮日报"),
                arguments("來源：乾安發布\n11月18日，乾安縣召開會議。", "乾安发布"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pages")
    void outletIsNamed(String page, String outlet) throws Exception {
        assertEquals(outlet, outlet(page));
    }

    @Test
    void aSourceHeaderComesBeforeTheLead() throws Exception {
        assertEquals("石狮日报", outlet("来源：石狮日报\n石狮融媒讯 2月27日，石狮市召开会议。"));
    }

    @Test
    void genericWordsAndBodyTextNameNoOutlet() throws Exception {
        assertNull(outlet("本报讯（记者 张越）11月22日，全市会议召开。"));
        assertNull(outlet("来源：本站\n会议召开。"));
        assertNull(outlet("简讯：6月9日，射阳县召开会议。"));
        assertNull(outlet("据了解，全县已完成排查。"));
    }
}
