package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.model.Json;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports of work done attached end to end (ingest → citations → ledger), on texts written for the purpose: a
 * district bureau's report that names an accident (“7·21”事故发生后), a county's report that names a campaign
 * (燃气安全专项整治), each against the national item they carry out, and a report of the same unit that carries out
 * nothing the item ordered.
 */
class ReportedDoneTest {
    @TempDir
    Path dir;

    private static final String ACCIDENT_ITEM = """
            习近平对河北廊坊燃气爆炸事故作出重要指示
            央视网消息：7月21日，河北省廊坊市安次区一餐馆发生燃气爆炸事故，造成4人死亡。事故发生后，习近平总书记作出重要指示。
            习近平指出，要全力救治受伤人员，尽快查明事故原因，严肃追究责任。
            习近平强调，各地区各有关部门要立即开展燃气安全隐患排查整治，对餐饮场所燃气管道和液化气钢瓶逐一检查，坚决遏制重特大事故发生。
            """;

    private static final String ACCIDENT_REPORT = """
            红旗区应急管理局扎实开展燃气安全隐患排查
            本报讯 “7·21”事故发生后，红旗区应急管理局迅速行动。
            截至8月10日，区应急管理局共检查餐饮场所326家，排查燃气安全隐患158处，已整改到位141处。
            """;

    private static final String CAMPAIGN_ITEM = """
            国务院安委会部署开展全国城镇燃气安全专项整治
            央视网消息：国务院安全生产委员会日前印发《全国城镇燃气安全专项整治工作方案》，部署开展城镇燃气安全专项整治。
            方案要求，各地要全面排查燃气经营、输送配送、餐饮等场所用户环节的安全隐患，对排查出的问题隐患建立台账，逐项整改销号。
            """;

    private static final String CAMPAIGN_REPORT = """
            延津县推进城镇燃气安全专项整治
            本报讯 今年以来，延津县扎实开展城镇燃气安全专项整治。
            全县累计排查燃气用户4300余户，发现隐患二百余处并全部整改。
            下一步，延津县将继续加强燃气安全宣传。
            """;

    private Path ingest(Path data, Path inputs) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<Path> files;
        try (var s = Files.list(inputs)) {
            files = s.sorted().toList();
        }
        new IngestRun(data, new IngestPipeline(PipelineConfig.arguments(null)), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(files, List.of());
        return Generations.current(data);
    }

    private static List<JsonNode> reports(Path gen) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(gen.resolve("ledger.jsonl"))) {
            JsonNode e = Json.mapper().readTree(line);
            for (JsonNode r : e.path("reports")) {
                out.add(Json.mapper().createObjectNode().put("directive", e.path("directive").asText())
                        .put("text", e.path("text").asText()).set("report", r));
            }
        }
        return out;
    }

    @Test
    void reportsNamingAnAccidentOrACampaignCarryOutTheNationalItem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("national_20230721_directive.txt"), ACCIDENT_ITEM);
        Files.writeString(in.resolve("national_20230530_notice.txt"), CAMPAIGN_ITEM);
        Files.writeString(in.resolve("hongqi_20230812.txt"), ACCIDENT_REPORT);
        Files.writeString(in.resolve("yanjin_20230910.txt"), CAMPAIGN_REPORT);
        Path gen = ingest(dir.resolve("data"), in);
        List<JsonNode> reports = reports(gen);
        assertTrue(reports.stream().anyMatch(r -> r.path("text").asText().contains("燃气安全隐患排查整治")
                        && r.path("report").toString().contains("已整改到位141处")),
                "the bureau's figures carry out the instruction on gas hazards: " + reports);
        assertTrue(reports.stream().anyMatch(r -> r.path("text").asText().contains("全面排查燃气经营")
                        && r.path("report").toString().contains("全部整改")),
                "the county's figures carry out the campaign's order: " + reports);
        assertFalse(reports.stream().anyMatch(r -> r.path("text").asText().contains("救治受伤人员")),
                "rescue and investigation are not what a hazard check carries out: " + reports);
        assertFalse(reports.stream().anyMatch(r -> r.path("report").toString().contains("下一步")),
                "a plan is not a report: " + reports);
        long unitsOfReports = reports.stream().map(r -> r.path("report").path("unit").asText()).distinct().count();
        assertEquals(2, unitsOfReports, "one reporting unit each, never the accident's place: " + reports);
    }
}
