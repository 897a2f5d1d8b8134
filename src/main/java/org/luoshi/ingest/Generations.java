package org.luoshi.ingest;

import org.luoshi.index.IndexLocation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The committed states of a data directory. Each ingest writes a complete new generation directory
 * ({@code DIR/gen-000042/}: the JSONL outputs, the record store, the index and the manifest) beside the current one,
 * forces it to disk, and then commits by replacing the one-line pointer file {@code DIR/CURRENT} with an atomic
 * rename. Readers resolve the pointer once per request ({@link #current}) and read every file from that
 * directory, so they see one generation or the next, never a mix. The previous generation is kept for readers that
 * resolved it just before a switch; older ones and any generation a killed run left unfinished are deleted by the
 * next run. A directory without {@code CURRENT} is read as it is (the layout of {@code luoshi index} and of ingests
 * before generations).
 */
public final class Generations {
    public static final String POINTER = IndexLocation.POINTER;
    private static final Pattern NAME = Pattern.compile("gen-(\\d{6,})");

    private Generations() {
    }

    /** The directory readers take every data file from ({@link IndexLocation#generation}). */
    public static Path current(Path data) {
        return IndexLocation.generation(data);
    }

    /** The name of the committed generation, or null. */
    static String currentName(Path data) {
        return IndexLocation.generationName(data);
    }

    /**
     * Deletes what is neither the current generation nor the one before it: unfinished generations of killed runs
     * (numbered after the current), older ones, and leftover temporary files. Call only under the {@link DataLock}.
     */
    static void clean(Path data) throws IOException {
        String current = currentName(data);
        long cur = current == null ? -1 : number(current);
        List<Long> older = new ArrayList<>();
        for (Path p : list(data)) {
            String n = p.getFileName().toString();
            Matcher m = NAME.matcher(n);
            if (m.matches()) {
                long g = Long.parseLong(m.group(1));
                if (g > cur) {
                    deleteTree(p);
                } else if (g < cur) {
                    older.add(g);
                }
            } else if (n.endsWith(".tmp") || n.startsWith(".staging-")) {
                deleteTree(p);
            }
        }
        older.sort(Comparator.reverseOrder());
        for (int i = 1; i < older.size(); i++) {
            deleteTree(data.resolve(name(older.get(i))));
        }
    }

    /** A new, empty generation directory numbered after every existing one. */
    static Path create(Path data) throws IOException {
        long max = 0;
        for (Path p : list(data)) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            if (m.matches()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return Files.createDirectory(data.resolve(name(max + 1)));
    }

    /**
     * The commit point: forces the generation's files (the index's own are forced by its commit) and directory entries
     * to disk, then points {@code CURRENT} at it with an atomic rename and forces the data directory. Before this
     * returns nothing of {@code generation} is visible.
     */
    static void commit(Path data, Path generation) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                    ch.force(true);
                }
            }
        }
        forceDirectory(generation);
        Path tmp = data.resolve(POINTER + ".tmp");
        Files.writeString(tmp, generation.getFileName() + "\n", StandardCharsets.US_ASCII);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, data.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(data);
    }

    /** The link to the committed generation that external tools read through ({@code DIR/current}). */
    public static final String VIEW = "current";

    /**
     * The published view for tools that read a data directory as files ({@code score_links.py --data DIR}, a shell):
     * the symbolic link {@code DIR/current} names the committed generation and is replaced by an atomic rename, and
     * {@code DIR/documents.jsonl} … {@code DIR/index} are fixed links through it, so every name switches to the next
     * generation at once. Readers of this program resolve {@code CURRENT} instead. Existing files of another kind
     * under those names are left alone. A no-op where the platform has no symbolic links.
     */
    static void publishView(Path data, List<String> names) throws IOException {
        String current = currentName(data);
        if (current == null) {
            return;
        }
        try {
            Path tmp = data.resolve(VIEW + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, Path.of(current));
            Files.move(tmp, data.resolve(VIEW), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            for (String name : names) {
                Path link = data.resolve(name);
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, Path.of(VIEW, name));
                }
            }
        } catch (UnsupportedOperationException e) {
            // no symbolic links here: the view is only a convenience, CURRENT stays the commit point
        }
    }

    /** Forces a directory's entries (new and renamed files) to disk, where the platform allows it. */
    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a directory; the rename is still atomic there
        }
    }

    private static String name(long n) {
        return String.format("gen-%06d", n);
    }

    private static long number(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static List<Path> list(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.toList();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
