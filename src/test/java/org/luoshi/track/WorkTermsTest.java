package org.luoshi.track;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matching a report of work done to an order by action and object families, on sentences written for the purpose. */
class WorkTermsTest {
    @Test
    void aSharedActionAndObject() {
        assertTrue(WorkTerms.carriesOut("共检查餐饮场所326家，排查燃气安全隐患158处，已整改141处。", "要立即开展燃气安全隐患排查整治。"));
        assertFalse(WorkTerms.carriesOut("共检查建筑工地40个，整改隐患52处。", "要立即开展燃气安全隐患排查整治。"), "another object");
        assertFalse(WorkTerms.carriesOut("消防救援力量昼夜不停开展救援，已转移群众300余人。", "要立即开展燃气安全隐患排查整治。"), "another action");
    }

    @Test
    void anOrderOnHazardsInGeneralTakesAReportOnAnyObject() {
        assertTrue(WorkTerms.carriesOut("累计排查企业隐患2100余项并全部整改。", "各地要全面排查各类安全隐患。"));
        assertTrue(WorkTerms.carriesOut("全县共检查非煤矿山12座，关停3座。", "要深入开展隐患排查。"));
    }

    @Test
    void aReportThatNamesNoObjectCarriesOutNoGeneralOrder() {
        assertFalse(WorkTerms.carriesOut("4年来，已经完成沙化土地治理183万亩。", "要建立整改日常监督机制，推动整改常态化。"));
        assertFalse(WorkTerms.carriesOut("今年全省深入开展问题专项整治。", "要坚决整治形式主义、官僚主义问题。"));
    }
}
