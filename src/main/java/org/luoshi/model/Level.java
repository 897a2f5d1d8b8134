package org.luoshi.model;

import java.util.Locale;

/** Administrative levels, highest first; {@code name()} lower-cased is the value written in records. */
public enum Level {
    NATIONAL, PROVINCE, CITY, COUNTY, DISTRICT, TOWNSHIP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Rank from the top: national 0 … township 4 (county and district share a rank). */
    public int rank() {
        return switch (this) {
            case NATIONAL -> 0;
            case PROVINCE -> 1;
            case CITY -> 2;
            case COUNTY, DISTRICT -> 3;
            case TOWNSHIP -> 4;
        };
    }

    public static Level of(String code) {
        return code == null ? null : Level.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
