package org.luoshi.model;

import java.util.List;

/**
 * A place as a path of GB/T 2260 division names, with the code of the last one (null when unknown), and whether the
 * evidence left the choice open ({@code uncertain}: two places fit equally well, the first named was taken).
 */
public record Region(List<String> path, String code, boolean uncertain) implements java.io.Serializable {
    public static final Region UNKNOWN = new Region(List.of(), null, false);

    public Region {
        path = List.copyOf(path);
    }

    public Region(List<String> path, String code) {
        this(path, code, false);
    }
}
