package org.luoshi.formula;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;
import org.luoshi.nlp.ScriptConverter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A JSONL export of news items with known dates in which formulas appear, written like the scale corpus (date, title,
 * text), in their punctuation variants, in Traditional, in a title only, across a line break; and the plain scan
 * the formula counts are checked against: the items whose title and text (folded to Simplified) hold the phrase's
 * characters in a row with anything but letters and digits between them, by item date.
 */
public final class FormulaFixture {
    /** One item: date, title, text. */
    public record Item(String date, String title, String text) {
    }

    public static final List<Item> ITEMS = List.of(
            new Item("2013-06-08", "国务院安委会召开全体会议", "国务院安全生产委员会6月7日召开全体会议。会议强调，要建立健全安全生产责任体系，"
                    + "落实党政同责、一岗双责、齐抓共管、失职追责。各地区各部门要坚持“四不两直”，深入开展隐患排查治理。"),
            new Item("2013-09-12", "河北省召开全省安全生产工作会议", "河北省政府9月11日召开全省安全生产工作会议。会议要求，全省各级要严格落实"
                    + "“党政同责”“一岗双责”，坚持安全第一、预防为主。"),
            new Item("2014-03-05", "国务院常务会议部署安全生产工作", "国务院总理主持召开国务院常务会议。会议指出，要坚持两个至上，"
                    + "各级领导干部要有“时时放心不下”的责任感。"),
            new Item("2014-07-20", "我县召开安全生产专题会议", "县委书记王建国在全县安全生产专题会议上要求，全县各乡镇要把两个至上落到实处，"
                    + "做到党政同责 一岗双责。要落实“三管三必须”，严格执行全覆盖、零容忍、严执法、重实效的要求。"),
            new Item("2014-08-08", "“平安家园”摄影展在京开幕", "由中国摄影家协会主办的“平安家园”摄影展今天在北京开幕，展出作品二百余幅。"),
            new Item("2014-11-02", "山西省召開安全生產會議", "山西省政府召開全省安全生產工作會議。會議要求，各級黨委政府要落實黨政同責、一崗雙責，"
                    + "堅持兩個至上。"),
            new Item("2015-01-15", "国家安全监管总局部署安全生产大检查", "国家安全监管总局要求，严格落实“三管三必须”，"
                    + "坚持全覆盖、零容忍、严执法、重实效。"),
            new Item("2015-03-03", "“平安家园”摄影展巡展到达太原", "“平安家园”摄影展巡展今天到达太原，观众络绎不绝。"),
            new Item("2015-06-30", "运城市要求落实“时时放心不下”的责任感", "运城市召开防汛工作会议，部署防汛工作。会议要求各县区加强值班值守。"),
            new Item("2015-08-01", "全国夏粮再获丰收", "今年夏粮丰收，全国夏粮产量稳定增长。各地要落实一岗双责，党政同责不是空话。"),
            new Item("2016-02-10", "全国安全生产电视电话会议召开", "国务院召开全国安全生产电视电话会议。会议强调，要坚持两个至上，"
                    + "落实三管三必须，做到时时放心不下。"),
            new Item("2016-05-05", "运城市安委会召开全体会议", "运城市安委会召开全体会议，要求各县区严格落实党政同责、一岗双责、齐抓共管、"
                    + "失职追责，推进企业“五到位”。"),
            new Item("2016-09-09", "平陆县推进企业安全生产五到位", "平陆县安委会要求，全县企业要做到“五到位”，"
                    + "坚持全覆盖、零容忍、严执法、重实效。"),
            new Item("2016-12-01", "芮城县召开安全生产会议", "芮城县召开安全生产会议。会议要求落实党政同责、\n一岗双责。"));

    /** Five formulas the acceptance compares, in their punctuation variants. */
    public static final List<String> FORMULAS = List.of("党政同责、一岗双责", "两个至上", "“三管三必须”", "全覆盖 零容忍 严执法 重实效", "时时放心不下");

    private FormulaFixture() {
    }

    /** Writes the export as {@code dir/news.jsonl} (ids n1, n2 …) and returns it. */
    public static Path write(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Item i : ITEMS) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("id", "n" + ++n);
            o.put("date", i.date());
            o.put("title", i.title());
            o.put("text", i.text());
            b.append(Json.mapper().writeValueAsString(o)).append('\n');
        }
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    /** Writes the export and ingests it into {@code data} (the default pipeline, progress discarded). */
    public static void ingest(Path dir, Path data) throws Exception {
        Path file = write(dir);
        new org.luoshi.ingest.IngestRun(data, new org.luoshi.pipeline.IngestPipeline(org.luoshi.pipeline.PipelineConfig.arguments(null)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(List.of(file), List.of());
    }

    /** The plain scan: the dates of the items holding the phrase, in order. */
    public static List<String> scan(String phrase) {
        List<String> chars = new ArrayList<>();
        ScriptConverter.get().toSimplified(phrase).codePoints().filter(Character::isLetterOrDigit).forEach(c -> chars.add(Pattern.quote(Character.toString(c))));
        Pattern p = Pattern.compile(String.join("[^\\p{L}\\p{N}]*", chars));
        List<String> dates = new ArrayList<>();
        for (Item i : ITEMS) {
            if (p.matcher(ScriptConverter.get().toSimplified(i.title() + "\n" + i.text())).find()) {
                dates.add(i.date());
            }
        }
        dates.sort(null);
        return dates;
    }

    /** Items per year of a scan. */
    public static Map<Integer, Integer> perYear(List<String> dates) {
        Map<Integer, Integer> out = new TreeMap<>();
        dates.forEach(d -> out.merge(Integer.parseInt(d.substring(0, 4)), 1, Integer::sum));
        return out;
    }
}
