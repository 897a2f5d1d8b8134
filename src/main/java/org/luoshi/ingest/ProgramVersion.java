package org.luoshi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the code that makes a generation's records, as the manifest records it: {@code luoshi build} and
 * the first 12 hex digits of a SHA-256 over the class files and resources of every package that shapes the outputs
 * (all of {@code org/luoshi} except the command line, the web UI and evaluation), read from the jar or class
 * directory this class was loaded from. Any change of extraction code or data gives a new version, and an ingest
 * then re-extracts unchanged inputs; a rebuild of the same sources gives the same version.
 */
public final class ProgramVersion {
    private static final String ROOT = "org/luoshi/";
    private static final String[] OUTSIDE = {"org/luoshi/cli/", "org/luoshi/web/", "org/luoshi/eval/"};
    private static volatile String current;

    private ProgramVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        try {
            Path where = Path.of(ProgramVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> parts = new TreeMap<>();
            if (Files.isDirectory(where)) {
                Path root = where.resolve(ROOT);
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path f : s.filter(Files::isRegularFile).toList()) {
                        String name = ROOT + root.relativize(f).toString().replace('\\', '/');
                        if (counts(name)) {
                            parts.put(name, Files.readAllBytes(f));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(ROOT) && counts(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                parts.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(e.getValue());
            }
            return "luoshi build " + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "luoshi build unknown";
        }
    }

    private static boolean counts(String name) {
        for (String o : OUTSIDE) {
            if (name.startsWith(o)) {
                return false;
            }
        }
        return true;
    }
}
