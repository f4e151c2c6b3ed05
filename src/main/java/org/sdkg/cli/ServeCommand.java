package org.sdkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sdkg.serve.SdkgServer;
import org.sdkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with the Fuseki UI, without ingesting anything.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin ServerOptions server;

    @Override
    public Integer call() {
        SdkgServer.Builder builder = server.builder();
        SdkgServer.checkPortFree(server.host, server.port);
        serve(spec, Store.openExisting(store.store), builder);
        return 0;
    }

    /** Serves {@code store} until the process is stopped. */
    static void serve(CommandSpec spec, Store store, SdkgServer.Builder builder) {
        SdkgServer server;
        try {
            server = builder.dataset(store.datasetGraph()).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "sdkg-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + store.reviews().size() + " reviews from " + store.directory() + " at " + server.url());
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "  (Ctrl-C to stop)");
        out.flush();
        server.join();
    }
}
