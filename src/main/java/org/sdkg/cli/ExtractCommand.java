package org.sdkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewSource;
import org.sdkg.store.Extractors;
import org.sdkg.store.ReviewFileException;
import org.sdkg.store.ReviewFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the RDF extracted from one review; the store is not used.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;
    @Mixin DateOption date;

    enum Format { ttl, trig, nq }

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig or nq (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The review file.")
    Path file;

    @Override
    public Integer call() {
        String dateOverride = date.value();
        ReviewSource source;
        try {
            source = ReviewFiles.read(file, dateOverride);
        } catch (ReviewFileException e) {
            throw new UserException(e.getMessage(), false);
        }
        Extraction extraction;
        try (Extractors.Lazy extractor = main.extractors()) {
            extraction = extractor.get().extract(source);
        } catch (ExtractionException e) {
            throw new UserException(file.getFileName() + ": " + e.getMessage(), false);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format == Format.ttl) {
            RDFDataMgr.write(bytes, extraction.model(), Lang.TURTLE);
        } else {
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(extraction.graphName(), extraction.model());
            ds.getPrefixMapping().setNsPrefixes(extraction.model().getNsPrefixMap());
            RDFDataMgr.write(bytes, ds, format == Format.trig ? Lang.TRIG : Lang.NQUADS);
        }
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
