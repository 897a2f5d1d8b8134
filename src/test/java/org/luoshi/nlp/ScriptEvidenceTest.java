package org.luoshi.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which characters are evidence for which script. */
class ScriptEvidenceTest {

    @Test
    void traditionalOnlyCharactersAreOutsideGb2312() {
        for (char c : "會產縣鄉齊".toCharArray()) {
            assertTrue(ScriptEvidence.isTraditionalOnly(c), String.valueOf(c));
        }
        for (char c : "会产县乡齐".toCharArray()) {
            assertTrue(ScriptEvidence.isSimplifiedOnly(c), String.valueOf(c));
        }
    }

    @Test
    void charactersBothScriptsWriteDecideNothing() {
        for (char c : "甯乾著安全生工作".toCharArray()) {
            assertFalse(ScriptEvidence.isTraditionalOnly(c) || ScriptEvidence.isSimplifiedOnly(c), String.valueOf(c));
        }
    }

    @Test
    void aSimplifiedSentenceWithANameInBig5OnlyLeansSimplified() {
        String s = "副县长孙昇要求，住建部门要加强监管。";
        ScriptEvidence.Count c = ScriptEvidence.count(s, 0, s.length());
        assertEquals(1, c.traditional());
        assertFalse(c.leansTraditional());
        String t = "副縣長孫昇要求，住建部門要加強監管。";
        assertTrue(ScriptEvidence.count(t, 0, t.length()).leansTraditional());
    }
}
