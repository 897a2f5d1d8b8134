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
 * the paragraph ({@code 他要求} refers to the official named last), {@code 会议强调} makes the meeting the speaker
 * (null), and {@code 批示指出} goes back to whoever made the instruction. Sentences mostly lost to damage, the
 * headline and headings are skipped.
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
    private static final double MAX_DAMAGED_SHARE = 0.3;

    private final DirectiveClassifier classifier = new DirectiveClassifier();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final AddresseeFinder addressees = new AddresseeFinder();
    private final SectorTagger sectors = new SectorTagger();

    public List<Directive> extract(String docId, String text, List<TextSpan> sentences, TextSpan headline,
                                   OfficialExtractor.Result officials, PlaceholderSpans damage, String meetingDate) {
        Map<String, Official> byName = officials.officials().stream()
                .collect(Collectors.toMap(Official::name, Function.identity(), (a, b) -> a));
        boolean speech = text.contains("同志们");
        List<Directive> out = new ArrayList<>();
        Official speaker = null;
        Official instructor = null;
        boolean continuing = false;
        int paragraphEnd = -1;
        for (TextSpan span : sentences) {
            if (span.start() > paragraphEnd) {
                int nl = text.indexOf('\n', span.start());
                paragraphEnd = nl < 0 ? text.length() : nl;
                speaker = null;
                continuing = speech;
            }
            String s = span.of(text);
            OfficialExtractor.Mention lastBefore = lastMentionBefore(officials, text, span.start());
            OfficialExtractor.Mention inSentence = triggeringMention(officials, text, span);
            boolean continuingBefore = continuing;
            String afterName = inSentence == null ? "" : text.substring(inSentence.end(), span.end());
            boolean reportsInstruction = INSTRUCTION_GIVEN.matcher(afterName).find()
                    && !INSTRUCTION_QUOTED_INLINE.matcher(afterName).find();
            if (inSentence != null && reportsInstruction && speaker != null && !inSentence.name().equals(speaker.name())) {
                inSentence = null; // the paragraph's speaker reports someone else's instruction; the speaker stays
            }
            if (inSentence != null) {
                speaker = byName.get(inSentence.name());
                continuing = CONTINUING_VERB.matcher(text.substring(inSentence.end(), span.end())).find();
                if (INSTRUCTION_GIVEN.matcher(text.substring(inSentence.end(), span.end())).find()) {
                    instructor = speaker;
                }
            } else if (PRONOUN_TRIGGER.matcher(s).find() && lastBefore != null) {
                speaker = byName.get(lastBefore.name());
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
            if (headline != null && span.start() >= headline.start() && span.end() <= headline.end()) {
                continue;
            }
            if (classifier.isHeading(s, wholeLine) || damage.covered(span.start(), span.end()) > MAX_DAMAGED_SHARE * s.length()) {
                continue;
            }
            if (!classifier.isDirective(s, continuingBefore)) {
                continue;
            }
            int marker = classifier.firstMarker(s);
            Deadline deadline = deadlines.extract(s, marker, meetingDate);
            Speaker who = speaker == null ? null : new Speaker(speaker.name(), speaker.title());
            out.add(new Directive(docId + "#" + (out.size() + 1), s, new int[] {span.start(), span.end()},
                    classifier.modality(s), who, addressees.find(s, marker), sectors.tag(s), deadline));
        }
        return out;
    }

    /** A named official in the sentence followed by a verb of speaking or instructing. */
    private static OfficialExtractor.Mention triggeringMention(OfficialExtractor.Result officials, String text, TextSpan span) {
        for (OfficialExtractor.Mention m : officials.mentions()) {
            if (m.start() >= span.start() && m.end() <= span.end()) {
                if (!isSubject(text, m, span.start())) {
                    continue;
                }
                String after = text.substring(m.end(), span.end());
                if (PERSON_TRIGGER.matcher(after).find()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The official named last before {@code at} as a subject (not as the object of 传达/贯彻/按照…). */
    private static OfficialExtractor.Mention lastMentionBefore(OfficialExtractor.Result officials, String text, int at) {
        OfficialExtractor.Mention last = null;
        for (OfficialExtractor.Mention m : officials.mentions()) {
            if (m.end() <= at && isSubject(text, m, 0)) {
                last = m;
            }
        }
        return last;
    }

    private static boolean isSubject(String text, OfficialExtractor.Mention m, int floor) {
        int boundary = -1;
        for (char c : new char[] {'，', '：', '。', '；', '\n'}) {
            boundary = Math.max(boundary, text.lastIndexOf(c, m.start() - 1));
        }
        int clauseStart = Math.max(floor, boundary + 1);
        return clauseStart >= m.start() || !NOT_SUBJECT.matcher(text.substring(clauseStart, m.start())).find();
    }
}
