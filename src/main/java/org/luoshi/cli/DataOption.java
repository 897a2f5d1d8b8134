package org.luoshi.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option shared by every command that reads or writes the data directory. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory (default: ${DEFAULT-VALUE}); ingest commits generations DIR/gen-N, named by DIR/CURRENT.")
    Path data;

    /** The directory of the committed generation ({@link org.luoshi.index.IndexLocation#generation}). */
    Path current() {
        return org.luoshi.index.IndexLocation.generation(data);
    }

    /** The current index of the data directory ({@link org.luoshi.index.IndexLocation}). */
    Path index() {
        return org.luoshi.index.IndexLocation.of(data);
    }
}
