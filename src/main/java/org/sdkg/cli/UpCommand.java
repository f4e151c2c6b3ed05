package org.sdkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.sdkg.serve.SdkgServer;
import org.sdkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Ingests the reviews that changed, then serves the store over SPARQL with the Fuseki UI.")
final class UpCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin ServerOptions server;

    @Option(names = "--reviews", paramLabel = "DIR", defaultValue = "data/reviews",
            description = "Folder of the reviews (default: ${DEFAULT-VALUE}).")
    Path reviews;

    @Override
    public Integer call() {
        SdkgServer.Builder builder = server.builder();
        SdkgServer.checkPortFree(server.host, server.port);
        int code = IngestCommand.ingest(main, spec, store.store, null, List.of(reviews));
        if (code != 0)
            spec.commandLine().getErr().println("Some reviews could not be ingested; serving the others.");
        Store s = Store.open(store.store);
        ServeCommand.serve(spec, s, builder);
        return code;
    }
}
