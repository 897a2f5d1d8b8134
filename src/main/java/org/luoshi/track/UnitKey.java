package org.luoshi.track;

import org.luoshi.link.Unit;

/** A stable key and a readable name for a unit: {@code city:1408} "山西省/运城市 (city)"; {@code ~} marks uncertainty. */
public final class UnitKey {
    private UnitKey() {
    }

    public static String key(Unit u) {
        if (u.level() == null) {
            return "unknown";
        }
        return u.level().code() + ":" + (u.code() == null ? "-" : u.code()) + (u.uncertain() ? "~" : "");
    }

    public static String name(Unit u) {
        if (u.level() == null) {
            return "unknown";
        }
        String place = u.path().isEmpty() ? (u.level() == org.luoshi.model.Level.NATIONAL ? "全国" : "(unnamed)") : String.join("/", u.path());
        return place + " (" + u.level().code() + (u.uncertain() ? ", not named in the text" : "") + ")";
    }
}
