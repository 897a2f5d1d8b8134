package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.nlp.LeadCharPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national-host pattern runs only where one of its declared head words begins: on texts full of those heads and
 * their first characters, it finds exactly what the same regex finds at every position.
 */
class UnitFinderHeadsTest {
    @Test
    void theDeclaredHeadsLoseNoMatch() {
        LeadCharPattern everywhere = LeadCharPattern.compile(UnitFinder.NATIONAL_HOST.pattern().pattern());
        String[] pieces = {"国务院", "国务院安委会", "中共中央办公厅", "党中央", "全国", "全国安全生产电视电话会议", "习近平", "李克强", "李强",
                "总书记", "总理", "作出重要指示", "强调", "召开", "印发", "会议", "国家", "国家监委", "中央纪委", "经党中央批准",
                "调查组", "事故", "中国", "中央", "全省", "总体", "李某", "应急管理部", "，", "。", "部署", "各地", "要"};
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            StringBuilder t = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                t.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(t.toString());
        }
        int matched = 0;
        for (String t : texts) {
            LeadCharPattern.Finder a = UnitFinder.NATIONAL_HOST.matcher(t);
            LeadCharPattern.Finder b = everywhere.matcher(t);
            while (true) {
                boolean fa = a.find();
                assertEquals(b.find(), fa, t);
                if (!fa) {
                    break;
                }
                matched++;
                assertEquals(b.start(), a.start(), t);
                assertEquals(b.end(), a.end(), t);
            }
        }
        assertEquals(true, matched > 1000, "the fixtures should match often: " + matched);
    }
}
