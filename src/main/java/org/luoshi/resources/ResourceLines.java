package org.luoshi.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a UTF-8 resource of the classpath as lines, skipping blank lines and {@code #} comments. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** @param anchor the class the resource name is relative to (an absolute name starts with '/') */
    public static List<String> read(Class<?> anchor, String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (next to " + anchor.getName() + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
