package org.luoshi.link;

import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Level;

import java.util.List;

/**
 * The administrative unit a document speaks for: its level, the GB/T 2260 code and path of the most precise
 * division known, and whether the unit itself is only known up to that division ({@code uncertain}: a county
 * meeting of Dezhou whose county the text does not name is placed at Dezhou's code).
 */
public record Unit(Level level, String code, List<String> path, boolean uncertain) implements java.io.Serializable {

    public Unit {
        path = List.copyOf(path);
    }

    public static final Unit NATIONAL = new Unit(Level.NATIONAL, null, List.of(), false);

    /** The unit of a document from its level and region. */
    public static Unit of(DocumentInfo doc) {
        Level level = Level.of(doc.level());
        if (level == null) {
            return new Unit(null, doc.region().code(), doc.region().path(), true);
        }
        if (level == Level.NATIONAL) {
            return NATIONAL;
        }
        int depth = doc.region().path().size();
        int wanted = switch (level) {
            case PROVINCE -> 1;
            case CITY -> 2;
            case COUNTY, DISTRICT -> 3;
            default -> 4;
        };
        return new Unit(level, doc.region().code(), doc.region().path(), depth < wanted);
    }

    /**
     * Whether this unit is above {@code other} in the same chain: national above everything, otherwise a higher
     * level whose code is a prefix of the other's (山西省 14 above 运城市 1408).
     */
    public boolean isAbove(Unit other) {
        if (level == null || other.level == null || level.rank() >= other.level.rank()) {
            return false;
        }
        if (level == Level.NATIONAL) {
            return true;
        }
        return code != null && other.code != null && other.code.startsWith(code);
    }
}
