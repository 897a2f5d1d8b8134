package org.luoshi.normalize;

import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The division names of the gazetteer's resources ({@code /org/luoshi/gazetteer/*.csv}, GB/T 2260: provinces,
 * cities, areas and, where present, streets — townships), read for conversion to keep them: the {@code name}
 * column of each file, quotes removed. A file that is absent is skipped; one without a {@code name} column is an
 * error ({@link IllegalStateException}).
 */
final class GazetteerNames {
    static final String FOLDER = "/org/luoshi/gazetteer/";
    static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv");

    private GazetteerNames() {
    }

    static List<String> load() {
        List<String> names = new ArrayList<>();
        for (String file : FILES) {
            if (GazetteerNames.class.getResource(FOLDER + file) != null) {
                names.addAll(names(ResourceLines.read(GazetteerNames.class, FOLDER + file), file));
            }
        }
        return names;
    }

    /** The {@code name} column of CSV lines whose first line is the header. */
    static List<String> names(List<String> lines, String file) {
        if (lines.isEmpty()) {
            return List.of();
        }
        int col = List.of(lines.get(0).split(",")).indexOf("name");
        if (col < 0) {
            throw new IllegalStateException(file + ": no name column in the header " + lines.get(0));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length > col) {
                String name = f[col].replace("\"", "").strip();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
