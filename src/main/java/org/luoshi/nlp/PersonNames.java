package org.luoshi.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/** HanLP's person-name recognition as a second opinion on a candidate name (never the only evidence). */
public final class PersonNames {
    private PersonNames() {
    }

    /** Whether HanLP segments {@code candidate} followed by {@code context} with the candidate as one person name. */
    public static boolean isPersonName(String candidate, String context) {
        List<Term> terms = HanLP.segment(candidate + context);
        return !terms.isEmpty() && terms.get(0).word.equals(candidate) && terms.get(0).nature.startsWith("nr");
    }
}
