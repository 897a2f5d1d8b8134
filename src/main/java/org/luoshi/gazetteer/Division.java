package org.luoshi.gazetteer;

import org.luoshi.model.Level;

/** One administrative division of GB/T 2260: code, official name, level and the code of its parent (null at the top). */
public record Division(String code, String name, Level level, String parentCode) {
}
