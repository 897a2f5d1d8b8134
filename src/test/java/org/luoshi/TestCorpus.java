package org.luoshi;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where tests find documents: the project's own {@code corpus/}, and the study corpora in {@code ../shared/}
 * (never committed). Where {@code ../shared} is absent a test that needs it is skipped, except in CI
 * ({@code CI=true}), where its absence is a failure, so it can never pass silently there.
 */
public final class TestCorpus {
    private TestCorpus() {
    }

    public static Path corpus() {
        return Path.of("corpus");
    }

    public static List<Path> seeds() {
        return list(corpus());
    }

    /** The missing paths already announced on the console, once each per test JVM. */
    private static final java.util.Set<String> ANNOUNCED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public static Path shared(String relative) {
        Path p = Path.of("..", "shared").resolve(relative);
        if (!Files.exists(p)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI must have ../shared beside the clone, but " + p.toAbsolutePath() + " is missing");
            }
            if (ANNOUNCED.add(p.toString())) {
                System.err.println("[skipped] " + p + " is not here (study corpus, not committed): tests that need it are skipped");
            }
            Assumptions.abort(p + " is not here (study corpus, not committed); skipping");
        }
        return p;
    }

    /** Whether {@code ../shared/relative} is here (tests that start a fixture in @BeforeAll ask before they need it). */
    public static boolean present(String relative) {
        return Files.exists(Path.of("..", "shared").resolve(relative));
    }

    /** Whether this is a CI run ({@code CI=true}), where every study corpus must be present. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The *.txt files under a directory, recursively, sorted. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
