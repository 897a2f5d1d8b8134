package org.luoshi.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option shared by every command that reads or writes the data directory. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory (default: ${DEFAULT-VALUE}); ingest commits generations DIR/gen-N, named by DIR/CURRENT.")
    Path data;

    /** The directory of the committed generation (see {@code Generations}), resolved once per call: read every file of one command from it. */
    Path current() {
        return org.luoshi.ingest.Generations.current(data);
    }

    /** The index of the committed generation. */
    Path index() {
        return current().resolve("index");
    }
}
