package org.luoshi.link;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a higher directive holds of a lower one, on sentences written for the purpose. */
class ContentOverlapTest {
    private static ContentOverlap overlap(String... directives) {
        ContentOverlap o = new ContentOverlap();
        CitedRelaysTest.BACKGROUND.forEach(o::add);
        for (String d : directives) {
            o.add(d);
        }
        return o;
    }

    @Test
    void whoSpeaksIsNotWhatIsOrdered() {
        String lower = "赵副县长在会上指出，要全面排查燃气管道和液化气钢瓶隐患。";
        String higher = "要全面排查燃气管道和液化气钢瓶隐患。";
        assertEquals(1.0, overlap(lower, higher).score(lower, higher).score(), 1e-9, "the speaker's lead-in weighs nothing");
        assertTrue(ContentOverlap.canonical("会议强调，要严防死守。").startsWith("|||||"), ContentOverlap.canonical("会议强调，要严防死守。"));
        assertTrue(ContentOverlap.canonical("按照省里要求，开展燃气检查。").startsWith("按照省里要求"), "a noun 要求 is no lead-in");
    }

    @Test
    void aFieldTermWrittenOneWayHidesNoWordsTheLowerRepeats() {
        // 吸取事故教训 is compared as 吸取教训; the lower one repeats 事故教训 as the higher wrote it
        String higher = "各地要吸取事故教训，全面开展燃气隐患排查。";
        String lower = "各村要从这起事故教训中警醒。";
        ContentOverlap.Overlap o = overlap(lower, higher).score(lower, higher);
        assertTrue(o.shared().stream().anyMatch(s -> s.contains("事故教训")), o.toString());
    }

    @Test
    void countingTogetherGivesTheWeightsOfCountingOneByOne() {
        java.util.List<String> texts = new java.util.ArrayList<>(CitedRelaysTest.BACKGROUND);
        texts.add("要全面排查燃气管道隐患，全面排查液化气钢瓶隐患。");
        ContentOverlap together = new ContentOverlap();
        together.addAll(texts);
        ContentOverlap oneByOne = new ContentOverlap();
        texts.forEach(oneByOne::add);
        for (String t : texts) {
            for (int i = 0; i + 1 < t.length(); i++) {
                int bigram = (t.charAt(i) << 16) | t.charAt(i + 1);
                assertEquals(oneByOne.idf(bigram), together.idf(bigram), 1e-12, t.substring(i, i + 2));
            }
        }
    }
}
