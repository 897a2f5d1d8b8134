package org.luoshi.model;

import java.util.List;

/** A place as a path of GB/T 2260 division names, with the code of the last one (null when unknown). */
public record Region(List<String> path, String code) implements java.io.Serializable {
    public static final Region UNKNOWN = new Region(List.of(), null);

    public Region {
        path = List.copyOf(path);
    }
}
