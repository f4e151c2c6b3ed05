package org.sdkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;
}
