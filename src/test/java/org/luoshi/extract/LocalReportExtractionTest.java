package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Official;
import org.luoshi.normalize.Normalizer;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speakers, addressees and official documents (ANNOTATION.md, Officials and Directives) end to end on texts written for
 * the purpose, one kind each, in the ways local reports and notices are written.
 */
class LocalReportExtractionTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    static Extraction extract(String text) {
        try {
            return EXTRACTOR.extract(new Normalizer().normalize("t.txt", text), null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Directive directive(Extraction x, String start) {
        return x.directives().stream().filter(d -> d.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no directive starting " + start + " in " + x.directives()));
    }

    private static String speaker(Directive d) {
        return d.speaker() == null ? null : d.speaker().name();
    }

    @Test
    void theFirstEnumeratedItemAfterASpeakersVerbIsHisEvenWithoutAMarker() {
        Extraction x = extract("区长叶知秋出席会议并讲话。\n叶知秋指出，一是压紧压实企业主体责任，全面开展自查自改。二是强化执法检查，严查违法违规行为。");
        assertEquals(2, x.directives().size(), x.directives().toString());
        assertEquals("叶知秋", speaker(directive(x, "叶知秋指出，一是")));
        assertEquals("叶知秋", speaker(directive(x, "二是")));
    }

    @Test
    void twoOfficialsNamedTogetherGiveTheFirst() {
        Extraction x = extract("市委书记方正平、市长袁可出席会议。\n方正平、袁可要求，各县区要全面排查燃气隐患。");
        assertEquals("方正平", speaker(x.directives().get(0)));
        Extraction y = extract("县委书记洪涛，县长尤美在会上要求，各乡镇要守牢安全底线。");
        assertEquals("洪涛", speaker(y.directives().get(0)));
    }

    @Test
    void aShortReferenceSpeaksForTheOfficialNamedInFull() {
        Extraction x = extract("副市长荀立言出席会议。\n会上，荀市长强调：一要落实属地责任；二要加强应急值守。");
        assertEquals(1, x.officials().size(), x.officials().toString());
        assertEquals(List.of("荀立言", "荀立言"), x.directives().stream().map(LocalReportExtractionTest::speaker).toList());
    }

    @Test
    void addresseesAsWrittenWithoutEnumeratorOrSpeaker() {
        Extraction x = extract("县长易行出席会议。\n易行要求：一是各镇（街道）要全面排查；二是县住建局要加强监管；三是各行业部门要落实监管责任。");
        assertEquals(List.of(List.of("各镇（街道）"), List.of("县住建局"), List.of("各行业部门")),
                x.directives().stream().map(Directive::addressees).toList());
        Extraction y = extract("会议要求，各地、各部门要深刻吸取教训。各级党委、政府要加强领导。");
        assertEquals(List.of("各地", "各部门"), y.directives().get(0).addressees());
        assertEquals(List.of("各级党委、政府"), y.directives().get(1).addressees());
    }

    @Test
    void aNoticeOfThreeLevelsOfNumbering() {
        Extraction x = extract("""
                汉川市应急管理局关于开展有限空间作业安全专项检查的通知
                各镇人民政府、街道办事处，市直有关单位：
                为防范有限空间作业事故，现将有关事项通知如下。
                一、检查范围
                （一）重点企业
                1.各镇（街道）要对辖区污水处理企业逐一建立台账。
                （1）市住建局要在5月20日前完成市政管网作业单位检查。
                （2）严禁未经审批进入有限空间作业。
                二、工作要求
                各有关单位对检查发现的问题逐项整改。
                特此通知。
                汉川市应急管理局
                2024年5月6日
                """);
        assertEquals("county", x.doc().level());
        assertEquals(List.of("湖北省", "孝感市", "汉川市"), x.doc().region().path());
        assertEquals("2024-05-06", x.doc().meetingDate());
        assertEquals(List.of("各镇人民政府", "街道办事处", "市直有关单位"), x.doc().addressees());
        List<String> texts = x.directives().stream().map(Directive::text).toList();
        assertEquals(4, texts.size(), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("一、") || t.startsWith("（一）") || t.startsWith("二、")
                || t.startsWith("特此") || t.contains("关于开展")));
        assertEquals("must_not", directive(x, "（2）").modality());
        assertEquals("2024-05-20", directive(x, "（1）").deadline().value());
        assertNull(directive(x, "1.").speaker());
    }

    @Test
    void aRequestContinuesThroughItsParagraph() {
        Extraction x = extract("""
                关于做好汛期安全防范工作的通知
                各乡镇人民政府：
                近日，邻县发生山洪灾害，造成人员伤亡。
                请各乡镇立即组织力量排查山洪灾害隐患点。发现的隐患要逐一登记。排查情况于7月5日前报县防汛办。
                崇阳县人民政府
                2024年6月28日
                """);
        assertEquals(3, x.directives().size(), x.directives().toString());
        assertEquals(List.of("各乡镇"), x.directives().get(0).addressees());
        assertFalse(x.directives().stream().anyMatch(d -> d.text().startsWith("近日")));
    }

    @Test
    void dutiesAssignedProhibitionsAndWhatIsNoOrder() {
        Extraction x = extract("""
                关于加强节日期间烟花爆竹安全管理的通告
                一、由县市场监管局牵头，对烟花爆竹经营网点开展联合检查，县公安局、县消防救援大队配合。
                二、县城规划区内禁止燃放烟花爆竹。
                三、各经营单位要在醒目位置张贴禁止吸烟的标识。
                四、违反本通告规定的，依法予以处罚。
                五、本通告自发布之日起施行。
                鄱阳县人民政府
                2024年1月20日
                """);
        List<String> texts = x.directives().stream().map(Directive::text).toList();
        assertEquals(3, texts.size(), texts.toString());
        assertEquals(List.of("县市场监管局", "县公安局", "县消防救援大队"), directive(x, "一、").addressees());
        assertEquals("must_not", directive(x, "二、").modality());
        assertEquals("must", directive(x, "三、").modality());
    }

    @Test
    void theSignerIsAnOfficialWithoutTitleAtTheIssuersLevel() {
        Extraction x = extract("""
                修应急字〔2024〕12号　签发人：阮青山
                修水县应急管理局关于加强危化品运输管理的通知
                各乡镇人民政府：
                各危化品运输企业必须落实车辆动态监控。
                修水县应急管理局
                2024年3月2日
                """);
        Official signer = x.officials().stream().filter(o -> o.name().equals("阮青山")).findFirst().orElseThrow();
        assertNull(signer.title());
        assertEquals("county", signer.level());
        assertNull(x.directives().get(0).speaker());
    }

    @Test
    void spansCountCodePointsAndSliceTheirTextIncludingAstralCharacters() {
        Random random = new Random(7);
        String[] names = {"蔡𠮷平", "梁𫖮", "周𠮷祥", "韩立"};
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                String name = names[random.nextInt(names.length)];
                text.append("副县长").append(name).append("出席会议。").append(name).append("要求，各乡镇要加强𠮷巡查。")
                        .append(random.nextBoolean() ? "各企业要落实责任。" : "").append('\n');
            }
            Extraction x = extract(text.toString());
            int[] codePoints = x.text().codePoints().toArray();
            assertFalse(x.directives().isEmpty());
            for (Directive d : x.directives()) {
                String sliced = new String(codePoints, d.span()[0], d.span()[1] - d.span()[0]);
                assertEquals(d.text(), sliced, () -> "span " + d.span()[0] + "," + d.span()[1] + " of " + x.text());
            }
        }
    }
}
