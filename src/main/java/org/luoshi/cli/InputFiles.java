package org.luoshi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on a command line into input files: a file is taken as it is, a directory is walked
 * (in sorted order, hidden entries skipped) for files with one of the accepted endings. Paths that do not exist
 * are reported, not silently dropped.
 */
final class InputFiles {
    static final Set<String> TEXT_ENDINGS = Set.of(".txt", ".text", ".htm", ".html");

    record Expanded(List<Path> files, List<String> missing) {
    }

    static Expanded expand(List<Path> paths, Set<String> endings) {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .filter(f -> hasEnding(f, endings))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot walk " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else if (isGlob(p.toString())) {
                List<Path> matched = glob(p.toString());
                if (matched.isEmpty()) {
                    missing.add(p.toString());
                }
                files.addAll(matched);
            } else {
                missing.add(p.toString());
            }
        }
        return new Expanded(files, missing);
    }

    static boolean isGlob(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The regular files a glob pattern names ({@code corpus/00[01]*.txt}, {@code 'exports/**.jsonl.gz'}), in sorted
     * order: for when the shell does not expand it (quoted, or a pattern passed on by a scheduler).
     */
    static List<Path> glob(String pattern) {
        String[] parts = pattern.split("/", -1);
        StringBuilder base = new StringBuilder();
        int depth = 0;
        boolean inGlob = false;
        for (int i = 0; i < parts.length; i++) {
            if (!inGlob && i < parts.length - 1 && !isGlob(parts[i])) {
                base.append(parts[i]).append('/');
            } else {
                inGlob = true;
                depth++;
            }
        }
        Path root = base.length() == 0 ? Path.of(".") : Path.of(base.toString());
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        java.nio.file.PathMatcher matcher = root.getFileSystem().getPathMatcher("glob:" + pattern);
        int maxDepth = pattern.contains("**") ? Integer.MAX_VALUE : depth;
        try (Stream<Path> walk = Files.walk(root, maxDepth)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(root, f))
                    .filter(f -> matcher.matches(base.length() == 0 ? root.relativize(f) : f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root + ": " + e.getMessage(), e);
        }
    }

    static boolean hasEnding(Path f, Set<String> endings) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(name::endsWith);
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
