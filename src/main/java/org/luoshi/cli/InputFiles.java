package org.luoshi.cli;

import org.luoshi.ingest.Quarantined;
import org.luoshi.ingest.Reasons;

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

    /**
     * The inputs of an ingest: files to read (each by its real path), paths that cannot be read at all (missing,
     * symbolic-link loops, broken links, unreadable directories, special files: each with its reason), files of other
     * types found in walked directories, and how many hidden entries were left out.
     */
    record Walked(List<Path> files, List<Quarantined> refused, List<String> skipped, int hidden) {
    }

    /**
     * Walks the paths for an ingest: a directory (or a symbolic link to one) is walked following symbolic links, each
     * directory once (a loop is reported, not followed again), hidden entries left out; a file is taken whatever its
     * ending; a glob pattern is expanded. Nothing stops the walk: what cannot be read is listed in {@code refused}.
     */
    static Walked walk(List<Path> paths, Set<String> endings) {
        List<Path> files = new ArrayList<>();
        List<Quarantined> refused = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int[] hidden = new int[1];
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    Files.walkFileTree(p, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new java.nio.file.SimpleFileVisitor<>() {
                                @Override
                                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                                    if (!dir.equals(p) && dir.getFileName().toString().startsWith(".")) {
                                        hidden[0]++;
                                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                                    }
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }

                                @Override
                                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                                    if (f.getFileName().toString().startsWith(".")) {
                                        hidden[0]++;
                                    } else if (a.isRegularFile()) {
                                        if (hasEnding(f, endings)) {
                                            files.add(f);
                                        } else {
                                            skipped.add(f.toString());
                                        }
                                    } else {
                                        refused.add(new Quarantined(absolute(f), "read", Reasons.special(f)));
                                    }
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }

                                @Override
                                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                                    refused.add(new Quarantined(absolute(f), "read", Reasons.of(e)));
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                            });
                } catch (IOException e) {
                    refused.add(new Quarantined(absolute(p), "read", Reasons.of(e)));
                }
            } else if (Files.exists(p) || p.toString().equals("-")) {
                files.add(p);
            } else if (Files.isSymbolicLink(p)) {
                refused.add(new Quarantined(absolute(p), "read", Reasons.special(p)));
            } else if (isGlob(p.toString())) {
                List<Path> matched = glob(p.toString());
                if (matched.isEmpty()) {
                    refused.add(new Quarantined(absolute(p), "read", "没有匹配的文件（the pattern matches no file）"));
                }
                files.addAll(matched);
            } else {
                refused.add(new Quarantined(absolute(p), "read", "没有这个文件或目录（no such file or directory）"));
            }
        }
        java.util.Collections.sort(files);
        return new Walked(files, refused, skipped, hidden[0]);
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
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
