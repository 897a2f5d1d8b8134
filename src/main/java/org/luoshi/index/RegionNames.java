package org.luoshi.index;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.nlp.ScriptConverter;

import java.util.List;

/** The full division names a region filter stands for: {@code 运城} → 运城市, {@code 運城市} → 运城市. */
final class RegionNames {
    private RegionNames() {
    }

    static List<String> expand(String name) {
        String s = ScriptConverter.get().toSimplified(name.strip());
        List<String> full = Gazetteer.get().fullNames(s);
        return full.isEmpty() ? List.of(s) : full;
    }
}
