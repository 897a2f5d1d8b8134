package org.luoshi.track;

import org.luoshi.nlp.LeadCharPattern;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a report of work done (ANNOTATION.md, Links: "reported_done when a text of that unit reports it carried
 * out") — not an order, a plan, an evaluation or a bare statistic — and reads its figures. A report either counts
 * what was done ({@code 共检查企业320家，排查隐患156项，已整治41项}, {@code 发现二十余处隐患并现场整改}) or says an action
 * was carried out ({@code 立即在全县开展了拉网式大排查}, {@code 先后组织…专项检查}, {@code 已对…全部关停}). It is no
 * report when an order governs the action ({@code 要…整改到位}, {@code 一律关闭}), when the action is planned
 * ({@code 将}, {@code 下一步}, {@code 计划}), or when the figures are an accident's toll ({@code 造成3人死亡}) or a state of
 * things ({@code 全县共有企业320家}). Rules; measured on a labelled set in the tests. Thread-safe.
 */
public final class WorkReports {
    private static final String NUMBER = "[0-9０-９]+(?:\\.[0-9]+)?|[一二三四五六七八九十百千万两]+";
    private static final String MEASURE_WORD = "(?:家|处|项|个|次|人次|条|台|辆|座|户|起|批|所|名|人|吨|份|块|间|栋|场|张|套|支)";
    private static final String MEASURE = "(?:余|多)?" + MEASURE_WORD;
    private static final String ACTION = "检查|排查|巡查|抽查|督查|发现|整改|整治|关停|取缔|查处|处罚|消除|完成|立案|约谈|下达|出动|培训|演练|拆除|清理|销号|查扣|收缴|封存|停产|责令|暂扣|罚款|签订|张贴|发放";
    /** An action with a count near it, either order: 检查企业320家, 320家企业完成整改, 发现二十余处隐患. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:" + ACTION + ")[^，。；]{0,12}?(?:" + NUMBER + ")" + MEASURE + "|(?:" + NUMBER + ")" + MEASURE + "[^，。；]{0,10}?(?:" + ACTION + ")");
    /** An action said to have been carried out: 已…, 开展了, 全部整改, 先后组织. */
    private static final Pattern DONE = Pattern.compile(
            "(?:已|均已|已经|全部|基本)(?:[^，。；]{0,12}?)(?:完成|整改|关停|取缔|落实|部署|开展|建立|拆除|清理|销号|到位|处置|停产|整治)"
                    + "|(?:开展|组织|召开|部署|成立|出动|印发|下发|检查|排查|整治|约谈|培训|演练)了"
                    + "|先后(?:组织|开展|召开|深入)|(?:并|均|已)(?:全部|现场|立即)?(?:整改|关停|取缔|处置)(?:到位|完毕)?|立即(?:在[^，。；]{1,10})?开展了");
    /** An order governing the action: the report is an instruction. */
    private static final LeadCharPattern ORDER = LeadCharPattern.compile(
            "(?<![重主需只必首纪摘扼简概紧显险想])要(?![求素点闻害件地职员务])|必须|务必|应当|一律|确保|严禁|不得|坚决|切实|力争|请|责令[^，。；]{0,8}(?:于|在)");
    /** A plan or a wish: the work is not done yet. */
    private static final Pattern PLAN = Pattern.compile("将要|将于|将在|将对|将会|下一步|计划|拟|准备|争取|预计|即将|尚未|还未|没有");
    /** An accident's toll, or figures that describe a state: no work done. */
    private static final Pattern TOLL = Pattern.compile("死亡|遇难|受伤|失联|伤亡|涉险|经济损失|共有|现有|拥有|辖区内有|占地|发生(?:各类)?(?:生产安全)?事故");
    private static final Pattern FIGURE = Pattern.compile("(检查|排查|巡查|抽查|督查|出动|发现|整改|整治|消除|关停|取缔|查处|处罚|立案)[^，。；]{0,10}?("
            + NUMBER + ")(余|多)?" + MEASURE_WORD);

    /** Whether the sentence reports work done. */
    public boolean isReport(String sentence) {
        if (TOLL.matcher(sentence).find() && !COUNTED.matcher(withoutToll(sentence)).find()) {
            return false;
        }
        boolean counted = COUNTED.matcher(sentence).find();
        Matcher done = DONE.matcher(sentence);
        boolean carriedOut = done.find();
        if (!counted && !carriedOut) {
            return false;
        }
        int action = counted ? firstAction(sentence) : done.start();
        LeadCharPattern.Finder order = ORDER.matcher(sentence);
        if (order.find() && order.start() < Math.max(action, 1) + 2) {
            return false;
        }
        Matcher plan = PLAN.matcher(sentence);
        return !(plan.find() && plan.start() < action + 4);
    }

    private static String withoutToll(String s) {
        return s.replaceAll("[^，。；]*(死亡|遇难|受伤|失联|伤亡|经济损失)[^，。；]*", "");
    }

    private static int firstAction(String s) {
        Matcher m = COUNTED.matcher(s);
        return m.find() ? m.start() : 0;
    }

    /** The figures of a report by what they count ({@code 检查} → 320, {@code 发现} → 156, {@code 整改} → 41), in text order. */
    public Map<String, String> figures(String sentence) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            out.putIfAbsent(family(m.group(1)), m.group(2) + (m.group(3) == null ? "" : m.group(3)));
        }
        return out;
    }

    private static String family(String verb) {
        return switch (verb) {
            case "检查", "排查", "巡查", "抽查", "督查", "出动" -> "checked";
            case "发现" -> "found";
            case "关停", "取缔" -> "closed";
            case "查处", "处罚", "立案" -> "punished";
            default -> "fixed";
        };
    }
}
