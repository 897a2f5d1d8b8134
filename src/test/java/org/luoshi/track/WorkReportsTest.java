package org.luoshi.track;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier of reports of work done on a labelled set of sentences written for the purpose (work-reports.tsv). */
class WorkReportsTest {
    private final WorkReports reports = new WorkReports();

    @Test
    void precisionAndRecallOnTheLabelledSetAreAtLeastNinetyPercent() throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        List<String> wrong = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WorkReportsTest.class.getResourceAsStream("/work-reports.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                boolean gold = f[0].equals("R");
                boolean got = reports.isReport(f[1]);
                n++;
                if (got && gold) {
                    tp++;
                } else if (got) {
                    fp++;
                    wrong.add("not a report: " + f[1]);
                } else if (gold) {
                    fn++;
                    wrong.add("a report: " + f[1]);
                }
            }
        }
        double p = tp / (double) (tp + fp);
        double rec = tp / (double) (tp + fn);
        System.out.printf("work reports: %d sentences, precision %.3f, recall %.3f%n", n, p, rec);
        assertTrue(n >= 80, "labelled set of " + n);
        assertTrue(p >= 0.9 && rec >= 0.9, String.format("precision %.3f recall %.3f; %s", p, rec, wrong));
    }

    @Test
    void figuresByWhatTheyCount() {
        Map<String, String> f = reports.figures("共检查企业320家，排查隐患156项，已整治41项，关停2家。");
        assertEquals("320", f.get("checked"));
        assertEquals("41", f.get("fixed"));
        assertEquals("2", f.get("closed"));
        assertEquals("二十余", reports.figures("发现二十余处隐患并现场整改。").get("found"));
    }
}
