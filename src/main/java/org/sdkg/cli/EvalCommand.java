package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.sdkg.eval.EvalReport;
import org.sdkg.eval.Evaluator;
import org.sdkg.eval.GoldSet;
import org.sdkg.extract.ExtractionException;
import org.sdkg.store.Extractors;
import org.sdkg.store.ReviewFileException;
import org.sdkg.store.ReviewFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts the reviews and scores the extraction against the gold annotations: "
                + "precision, recall and F1 for each category.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Option(names = "--reviews", defaultValue = "data/reviews", paramLabel = "DIR",
            description = "Folder of the reviews to extract (default: ${DEFAULT-VALUE}).")
    Path reviews;

    @Option(names = "--gold", defaultValue = "src/test/resources/gold", paramLabel = "DIR",
            description = "Folder of the gold annotations, one {review}.json each (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Also print each review's table and every false positive and negative.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) throw new UserException("No gold annotations folder " + gold + ".", false);
        GoldSet goldSet;
        try {
            goldSet = GoldSet.load(gold);
        } catch (IOException | RuntimeException e) {
            throw new UserException("The gold annotations in " + gold + " cannot be read: " + e.getMessage(), false);
        }
        ReviewFiles.Expansion expansion = ReviewFiles.expand(List.of(reviews));
        if (!expansion.failures().isEmpty()) throw new UserException(expansion.failures().get(0).message(), false);
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Model> extracted = new LinkedHashMap<>();
        try (Extractors.Lazy extractor = main.extractors()) {
            for (Path file : expansion.files()) {
                try {
                    extracted.put(ReviewFiles.reviewId(file), extractor.get().extract(ReviewFiles.read(file, null)).model());
                } catch (ReviewFileException | ExtractionException e) {
                    err.println(file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        EvalReport report = new Evaluator().evaluate(extracted, goldSet);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.format(verbose));
        out.flush();
        err.flush();
        return extracted.size() == expansion.files().size() ? 0 : Main.EXIT_FAILED;
    }
}
