package org.sdkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.sdkg.store.QueryRunner;
import org.sdkg.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the store (default graph = union of all graphs), without a server.")
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); graphs: Turtle, N-Triples, JSON-LD.")
    QueryRunner.Format format;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.") Path file;
        @Option(names = "-e", paramLabel = "SPARQL", description = "The query text.") String text;
    }

    @Override
    public Integer call() {
        String sparql = source.text;
        if (sparql == null) {
            if (!Files.isRegularFile(source.file)) throw new UserException(source.file + " does not exist.", false);
            try {
                sparql = Files.readString(source.file);
            } catch (IOException e) {
                throw new UserException("Cannot read " + source.file + " as UTF-8 text.", false);
            }
        }
        Query query = QueryRunner.parse(sparql);
        try (Store s = Store.openExisting(store.store)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            QueryRunner.run(s, query, format, bytes);
            var out = spec.commandLine().getOut();
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }
}
