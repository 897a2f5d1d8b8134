package org.luoshi.track;

import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actions and objects a report of work done and an order speak of ({@code work-terms.txt}: 排查/检查 → inspect,
 * 燃气/液化气 → gas …). A report carries out an order when they share an action family and an object family, or the
 * order names no object (its object is hazards or safety in general). Reports and orders share almost no words
 * (figures and places against 全面排查各类安全隐患), so they are matched on these families, not on whole sentences.
 */
final class WorkTerms {
    private record Term(String kind, String family, Pattern pattern) {
    }

    private static final List<Term> TERMS = load();

    private WorkTerms() {
    }

    /** The families of one kind ({@code action} or {@code object}) the text names. */
    static Set<String> families(String text, String kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : TERMS) {
            if (t.kind().equals(kind) && t.pattern().matcher(text).find()) {
                out.add(t.family());
            }
        }
        return out;
    }

    /**
     * Whether a report carries out an order: an action shared, and an object shared — or, when the order names no
     * object of a field (only hazards and safety in general, or nothing), any object the report names.
     */
    static boolean carriesOut(String report, String order) {
        Set<String> actions = families(report, "action");
        actions.retainAll(families(order, "action"));
        if (actions.isEmpty()) {
            return false;
        }
        Set<String> reportObjects = families(report, "object");
        Set<String> orderObjects = families(order, "object");
        orderObjects.remove(GENERAL);
        if (orderObjects.isEmpty()) {
            return !reportObjects.isEmpty();
        }
        orderObjects.retainAll(reportObjects);
        return !orderObjects.isEmpty();
    }

    /** The object family of hazards and safety in general ({@code 隐患}, {@code 安全}). */
    private static final String GENERAL = "general";

    private static List<Term> load() {
        List<Term> out = new ArrayList<>();
        for (String line : ResourceLines.read(WorkTerms.class, "work-terms.txt")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                out.add(new Term(f[0], f[1], Pattern.compile(f[2])));
            }
        }
        return out;
    }
}
