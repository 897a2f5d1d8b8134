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
            } else {
                missing.add(p.toString());
            }
        }
        return new Expanded(files, missing);
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
