package org.luoshi.extract;

import org.luoshi.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of an official document (公文: 通知, 通告, 通报, 督办函, 实施方案; the parts of GB/T 9704): header lines
 * (文号, {@code 签发人：}, {@code 成文日期：}), the title over one or more lines, the 主送 line of addressees, and the
 * signature block at the end (issuing organ, date of issue). ANNOTATION.md, Directives (official documents) and
 * Document fields (meeting_date: the date of issue).
 *
 * @param official   whether the text is laid out as an official document (a 公文 title and a 主送 line, a signature
 *                   block or a 通知如下/特此通知 formula)
 * @param title      the title lines, first to last (null when none); no sentence inside is a directive
 * @param addressees the units of the 主送 line, as written ({@code 各镇（街道）} keeps its brackets); empty when none
 * @param issuer     the issuing organ as written under the text or before 关于 in the title (null when none)
 * @param issueDate  the date of issue, {@code YYYY-MM-DD}, from the signature block or a header (null when none)
 * @param signer     the name after {@code 签发人：} (null when none)
 * @param frame      spans (UTF-16 offsets) of the lines that frame the text: header, title, 主送, signature
 */
public record DocumentLayout(boolean official, TextSpan title, List<String> addressees, String issuer,
                             String issueDate, String signer, List<TextSpan> frame) {
    private static final Pattern HEADER = Pattern.compile(
            "^(.{0,12}[〔\\[（(]\\d{4}[〕\\]）)]\\s*\\d+\\s*号|(签发人|成文日期|发布日期|印发日期|发文日期|发文字号|文号|索引号|主题分类|发文机关|发布机构|生效日期|公开方式)\\s*[:：])");
    private static final Pattern SIGNER = Pattern.compile("签发人\\s*[:：]\\s*([\\p{IsHan}]{2,4})");
    private static final Pattern HEADER_DATE = Pattern.compile("(成文日期|发布日期|印发日期|发文日期)\\s*[:：]\\s*(.+)$");
    private static final Pattern TITLE_END = Pattern.compile(
            "(通知|紧急通知|通告|通报|公告|督办函|函|督办单|提示单|警示函|实施方案|工作方案|方案|意见|决定|通知书)$");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。；！？]");
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("^[^。；！？]{2,200}[:：]$");
    private static final Pattern BODY_FORMULA = Pattern.compile("(通知|通告|通报)如下|特此(通知|通告|通报|函告)|现将有关事项");
    private static final Pattern BODY_OPENING = Pattern.compile("为|根据|按照|经|近期|近日|目前|当前");
    private static final Pattern ORGAN_LINE = Pattern.compile(
            "^[\\p{IsHan}（）()·]{3,40}(政府|委员会|办公室|安委办|办|委|局|厅|部|中心|大队|支队|队|院|室|组|处|站|所|会)$");
    /** A date written as a whole line: 2023年1月31日, 二〇二三年一月三十一日, 2023.01.31, 2017-7-6. */
    static final Pattern DATE = Pattern.compile(
            "([0-9０-９〇零一二三四五六七八九]{4})\\s*[年.\\-/．]\\s*([0-9０-９〇零一二三四五六七八九十]{1,3})\\s*[月.\\-/．]\\s*([0-9０-９〇零一二三四五六七八九十]{1,3})\\s*日?");
    private static final Pattern TRAILER = Pattern.compile("^[（(].{0,30}[)）]$|^(抄送|抄报|附件|联系人|联系电话)[:：]");

    static final DocumentLayout NONE = new DocumentLayout(false, null, List.of(), null, null, null, List.of());

    /** Reads the layout of a normalized text; {@link #NONE}-like (not official) for a news report or speech. */
    public static DocumentLayout of(String text) {
        List<TextSpan> lines = lines(text);
        if (lines.isEmpty()) {
            return NONE;
        }
        List<TextSpan> frame = new ArrayList<>();
        String signer = null;
        String headerDate = null;
        int i = 0;
        while (i < lines.size() && i < 4 && HEADER.matcher(lines.get(i).of(text)).find()) {
            String line = lines.get(i).of(text);
            Matcher s = SIGNER.matcher(line);
            if (s.find()) {
                signer = s.group(1);
            }
            Matcher d = HEADER_DATE.matcher(line);
            if (d.find()) {
                headerDate = isoDate(d.group(2));
            }
            frame.add(lines.get(i));
            i++;
        }
        TextSpan title = null;
        for (int j = i; j < Math.min(lines.size(), i + 4); j++) {
            String line = lines.get(j).of(text);
            if (SENTENCE_PUNCT.matcher(line).find() || line.length() > 80) {
                break;
            }
            if (TITLE_END.matcher(line).find()) {
                title = new TextSpan(lines.get(i).start(), lines.get(j).end());
                frame.addAll(lines.subList(i, j + 1));
                i = j + 1;
                break;
            }
        }
        List<String> addressees = new ArrayList<>();
        if (i < lines.size() && title != null && isAddresseeLine(lines.get(i).of(text))) {
            String line = lines.get(i).of(text);
            addressees = splitUnits(line.substring(0, line.length() - 1));
            frame.add(lines.get(i));
        }
        int end = lines.size();
        while (end > i && TRAILER.matcher(lines.get(end - 1).of(text)).find()) {
            end--;
        }
        String issueDate = null;
        String issuer = null;
        if (end > i && isDateLine(lines.get(end - 1).of(text))) {
            issueDate = isoDate(lines.get(end - 1).of(text));
            frame.add(lines.get(end - 1));
            end--;
        }
        if (end > i && ORGAN_LINE.matcher(lines.get(end - 1).of(text).replace(" ", "").replace("　", "")).matches()) {
            issuer = lines.get(end - 1).of(text).strip();
            frame.add(lines.get(end - 1));
        }
        if (title != null && issuer == null) {
            String t = title.of(text).replace("\n", "");
            int about = t.indexOf("关于");
            if (about >= 3) {
                issuer = t.substring(0, about);
            }
        }
        boolean official = title != null && (!addressees.isEmpty() || issuer != null || issueDate != null
                || BODY_FORMULA.matcher(text).find());
        if (!official) {
            return new DocumentLayout(false, null, List.of(), null, null, signer, List.of());
        }
        return new DocumentLayout(true, title, List.copyOf(addressees), issuer,
                issueDate != null ? issueDate : headerDate, signer, List.copyOf(frame));
    }

    /** Whether the span lies inside a framing line (header, title, 主送, signature): never a directive. */
    public boolean framed(int start, int end) {
        for (TextSpan f : frame) {
            if (f.start() <= start && end <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /** A 主送 line: units ending in a colon, not the opening sentence of the body (为…，现将有关事项通知如下：). */
    private static boolean isAddresseeLine(String line) {
        return ADDRESSEE_LINE.matcher(line).matches() && !BODY_FORMULA.matcher(line).find() && !line.contains("如下")
                && !BODY_OPENING.matcher(line).lookingAt();
    }

    private static boolean isDateLine(String line) {
        Matcher m = DATE.matcher(line.strip());
        return m.matches();
    }

    /** {@code YYYY-MM-DD} of the first date written in {@code s} in any of the layouts of {@link #DATE}, or null. */
    static String isoDate(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        Integer y = number(m.group(1));
        Integer mo = number(m.group(2));
        Integer d = number(m.group(3));
        if (y == null || mo == null || d == null) {
            return null;
        }
        try {
            return java.time.LocalDate.of(y, mo, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Units of a list separated by {@code ，}, {@code 、} or {@code ,}, never inside brackets. */
    static List<String> splitUnits(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < list.length(); k++) {
            char c = list.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == '，' || c == '、' || c == ',')) {
                add(out, cur);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder unit) {
        String u = unit.toString().strip();
        if (!u.isEmpty()) {
            out.add(u);
        }
    }

    private static List<TextSpan> lines(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new TextSpan(s, e));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** The value of a number written in digits or Chinese numerals ({@link ChineseNumber}), or null. */
    private static Integer number(String s) {
        int v = ChineseNumber.parse(s);
        return v < 0 ? null : v;
    }
}
