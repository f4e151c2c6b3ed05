package org.sdkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.sdkg.store.Extractors;
import org.sdkg.store.IngestResult;
import org.sdkg.store.Ingestor;
import org.sdkg.store.ReviewFiles;
import org.sdkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts reviews into the store, one named graph per review; unchanged reviews are skipped.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin DateOption date;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Review files, or folders of *.txt reviews.")
    List<Path> inputs;

    @Override
    public Integer call() {
        return ingest(main, spec, store.store, date.value(), inputs);
    }

    /** Ingests {@code inputs} into the store at {@code dir}; returns the exit code. */
    static int ingest(Main main, CommandSpec spec, Path dir, String date, List<Path> inputs) {
        IngestReport report = new IngestReport(spec.commandLine().getOut(), spec.commandLine().getErr());
        ReviewFiles.Expansion expansion = ReviewFiles.expand(inputs);
        if (expansion.files().isEmpty()) {
            // Nothing to ingest: report why, without creating or touching the store.
            List<IngestResult> results = expansion.failures().stream()
                    .map(f -> IngestResult.failed(f.path(), f.message())).toList();
            results.forEach(report::progress);
            return report.summary(results);
        }
        try (Store s = Store.open(dir); Extractors.Lazy extractor = main.extractors()) {
            List<IngestResult> results = Ingestor.create().store(s).extractor(extractor).dateOverride(date)
                    .progress(report::progress).build().ingest(inputs);
            return report.summary(results);
        }
    }
}
