package org.luoshi.extract;

import org.luoshi.model.Deadline;
import org.luoshi.model.Directive;
import org.luoshi.model.Official;
import org.luoshi.model.Speaker;
import org.luoshi.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the directive sentences of a document and attributes them (ANNOTATION.md, Directives). Paragraphs are
 * read in order; a named official who 指出/强调/要求/作出批示 becomes the speaker of that sentence and the rest of
 * the paragraph ({@code 他要求} refers to the official named last; {@code A、B要求} and {@code A，B要求} give the first
 * named; a short reference {@code 冉县长强调} gives the full name), {@code 会议强调} makes the meeting the speaker
 * (null), and {@code 批示指出} goes back to whoever made the instruction. In an official document a {@code 请} to units
 * makes the rest of its paragraph the request. The headline, an official document's frame (title, 主送, signature)
 * and headings are skipped, as are sentences mostly lost to damage. Every scan is bounded: mentions are visited once
 * in order, so a document costs time linear in its length. Spans are UTF-16 offsets here ({@link DocumentExtractor}
 * converts them to code points).
 */
public final class DirectiveExtractor {
    private static final Pattern PERSON_TRIGGER = Pattern.compile(
            "^[^，。；：的]{0,22}?(指出|强调|要求|表示|提出|批示|指示|讲话)");
    private static final Pattern CONTINUING_VERB = Pattern.compile("^[^，。；：的]{0,22}?(指出|强调|要求|表示|提出|批示|指示)");
    private static final Pattern INSTRUCTION_GIVEN = Pattern.compile("^[^，。；]{0,12}?作出[^，。；]{0,4}(批示|指示)");
    /** An instruction made and quoted at once (作出批示指出，…; 作出批示，要求…): its author speaks from here on. */
    private static final Pattern INSTRUCTION_QUOTED_INLINE = Pattern.compile("^[^，。；]{0,12}?作出[^，。；]{0,6}(批示|指示)[，：]?(指出|要求|强调|：)");
    /** Words before a name in its clause that make it an object, not the one speaking (贯彻习近平…指示). */
    private static final Pattern NOT_SUBJECT = Pattern.compile("贯彻|落实|学习|按照|根据|传达|领会|遵照|对|向|和|与|及|把|将|受");
    private static final Pattern PRONOUN_TRIGGER = Pattern.compile("^(他|她)(在[^，。]{0,12}(中|上))?[^，。]{0,4}(指出|强调|要求|表示|提出)");
    private static final Pattern MEETING_TRIGGER = Pattern.compile(
            "^(会议|会上|大会|《[^》]{1,30}》|通知|意见|文件)[^。；]{0,30}?(指出|强调|要求|提出|部署|认为|明确)");
    private static final Pattern INSTRUCTION_QUOTED = Pattern.compile("^(批示|指示)(指出|强调|要求)");
    private static final Pattern REQUEST = Pattern.compile("(?:^|[，：；])请(?=各|你|全|有关|相关|市|县|区|镇|乡|街道|村)");
    private static final double MAX_DAMAGED_SHARE = 0.3;

    private final DirectiveClassifier classifier = new DirectiveClassifier();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final AddresseeFinder addressees = new AddresseeFinder();
    private final SectorTagger sectors = new SectorTagger();

    public List<Directive> extract(String docId, String text, List<TextSpan> sentences, TextSpan headline,
                                   OfficialExtractor.Result officials, PlaceholderSpans damage, String meetingDate) {
        return extract(docId, text, sentences, headline, DocumentLayout.NONE, officials, damage, meetingDate);
    }

    /**
     * @param layout      the official-document layout: its frame is skipped, numbered items that order are directives
     * @param meetingDate the meeting date or date of issue (deadline years), {@code YYYY-MM-DD}, {@code --MM-DD} or null
     */
    public List<Directive> extract(String docId, String text, List<TextSpan> sentences, TextSpan headline,
                                   DocumentLayout layout, OfficialExtractor.Result officials, PlaceholderSpans damage,
                                   String meetingDate) {
        Map<String, Official> byName = officials.officials().stream()
                .collect(Collectors.toMap(Official::name, Function.identity(), (a, b) -> a));
        Mentions mentions = new Mentions(officials.mentions(), text);
        boolean speech = text.contains("同志们");
        List<Directive> out = new ArrayList<>();
        Official speaker = null;
        Official instructor = null;
        boolean continuing = false;
        boolean requesting = false;
        int paragraphEnd = -1;
        for (TextSpan span : sentences) {
            if (span.start() > paragraphEnd) {
                int nl = text.indexOf('\n', span.start());
                paragraphEnd = nl < 0 ? text.length() : nl;
                speaker = null;
                continuing = speech;
                requesting = false;
            }
            String s = span.of(text);
            mentions.advanceTo(span.start());
            OfficialExtractor.Mention inSentence = triggeringMention(mentions, text, span);
            boolean continuingBefore = continuing;
            boolean requestingBefore = requesting;
            String afterName = inSentence == null ? "" : text.substring(inSentence.end(), span.end());
            boolean reportsInstruction = INSTRUCTION_GIVEN.matcher(afterName).find()
                    && !INSTRUCTION_QUOTED_INLINE.matcher(afterName).find();
            if (inSentence != null && reportsInstruction && speaker != null && !inSentence.name().equals(speaker.name())) {
                inSentence = null; // the paragraph's speaker reports someone else's instruction; the speaker stays
            }
            if (inSentence != null) {
                speaker = byName.get(inSentence.name());
                continuing = CONTINUING_VERB.matcher(afterName).find() || INSTRUCTION_QUOTED_INLINE.matcher(afterName).find();
                if (INSTRUCTION_GIVEN.matcher(afterName).find()) {
                    instructor = speaker;
                }
            } else if (PRONOUN_TRIGGER.matcher(s).find() && mentions.lastSubject() != null) {
                speaker = byName.get(mentions.lastSubject().name());
                continuing = true;
            } else if (INSTRUCTION_QUOTED.matcher(s).find()) {
                speaker = instructor;
                continuing = true;
            } else if (MEETING_TRIGGER.matcher(s).find()) {
                speaker = null;
                continuing = true;
            }
            boolean wholeLine = (span.start() == 0 || text.charAt(span.start() - 1) == '\n')
                    && (span.end() == text.length() || text.charAt(span.end()) == '\n');
            if ((headline != null && span.start() >= headline.start() && span.end() <= headline.end())
                    || layout.framed(span.start(), span.end())) {
                continue;
            }
            if (classifier.isHeading(s, wholeLine, layout.official())
                    || damage.covered(span.start(), span.end()) > MAX_DAMAGED_SHARE * s.length()) {
                continue;
            }
            boolean directive = classifier.isDirective(s, continuingBefore || layout.official())
                    || (requestingBefore && classifier.continuesRequest(s));
            if (!directive) {
                continue;
            }
            if (REQUEST.matcher(s).find()) {
                requesting = true;
            }
            int marker = DirectiveClassifier.orderMarker(s);
            Deadline deadline = deadlines.extract(s, marker, meetingDate);
            Speaker who = speaker == null ? null : new Speaker(speaker.name(), speaker.title());
            out.add(new Directive(docId + "#" + (out.size() + 1), s, new int[] {span.start(), span.end()},
                    classifier.modality(s), who, addressees.find(s, marker), sectors.tag(s), deadline));
        }
        return out;
    }

    /**
     * A named official in the sentence, as its subject, followed by a verb of speaking or instructing; of two named
     * together as one subject ({@code A、B要求}, {@code 县委书记A，县长B在会上要求}) the first.
     */
    private static OfficialExtractor.Mention triggeringMention(Mentions mentions, String text, TextSpan span) {
        List<OfficialExtractor.Mention> in = mentions.within(span);
        for (int k = 0; k < in.size(); k++) {
            OfficialExtractor.Mention m = in.get(k);
            if (!isSubject(text, m, span.start())) {
                continue;
            }
            int end = m.end();
            for (int j = k + 1; j < in.size() && joined(text, end, in.get(j).start()); j++) {
                end = in.get(j).end();
            }
            if (PERSON_TRIGGER.matcher(text.substring(end, span.end())).find()) {
                return m;
            }
        }
        return null;
    }

    /** Whether two names are joined as one subject: 、 or ， and, optionally, the second one's post between them. */
    private static boolean joined(String text, int end, int next) {
        return next > end && (text.charAt(end) == '、' || text.charAt(end) == '，')
                && (next == end + 1 || PostTitles.isPost(text, end + 1, next));
    }

    private static boolean isSubject(String text, OfficialExtractor.Mention m, int floor) {
        int boundary = -1;
        for (char c : new char[] {'，', '：', '。', '；', '\n'}) {
            boundary = Math.max(boundary, text.lastIndexOf(c, m.start() - 1));
        }
        int clauseStart = Math.max(floor, boundary + 1);
        return clauseStart >= m.start() || !NOT_SUBJECT.matcher(text.substring(clauseStart, m.start())).find();
    }

    /**
     * The mentions of officials, visited once in text order as the sentences advance: those inside the current
     * sentence, and the last one before it named as a subject.
     */
    private static final class Mentions {
        private final List<OfficialExtractor.Mention> all;
        private final String text;
        private int next;
        private OfficialExtractor.Mention lastSubject;

        Mentions(List<OfficialExtractor.Mention> all, String text) {
            this.all = all;
            this.text = text;
        }

        /** Moves past every mention that ends at or before {@code at}, remembering the last subject among them. */
        void advanceTo(int at) {
            while (next < all.size() && all.get(next).end() <= at) {
                OfficialExtractor.Mention m = all.get(next++);
                if (isSubject(text, m, 0)) {
                    lastSubject = m;
                }
            }
        }

        OfficialExtractor.Mention lastSubject() {
            return lastSubject;
        }

        List<OfficialExtractor.Mention> within(TextSpan span) {
            List<OfficialExtractor.Mention> out = new ArrayList<>();
            for (int k = next; k < all.size() && all.get(k).start() < span.end(); k++) {
                OfficialExtractor.Mention m = all.get(k);
                if (m.start() >= span.start() && m.end() <= span.end()) {
                    out.add(m);
                }
            }
            return out;
        }
    }
}
