package org.luoshi.model;

import java.util.List;

/** A named person holding a post, with the fullest post written next to the name (or null) and the roles seen. */
public record Official(String name, String title, String level, List<String> roles) implements java.io.Serializable {
    public Official {
        roles = List.copyOf(roles);
    }
}
