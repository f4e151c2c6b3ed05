package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import org.sdkg.text.ReviewText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the extractor: model load time, CoreNLP and full-extraction throughput in tokens per second,
 * and heap in use. Usage: {@code ExtractionBenchmark [reviews-dir] [rounds]} (defaults {@code data/reviews}, 5).
 * Peak resident memory is best read from outside, e.g. {@code /usr/bin/time -v}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException, ExtractionException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/reviews");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ReviewSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                sources.add(new ReviewSource(name.substring(0, name.length() - 4), name, Files.readString(p), null));
            }
        }
        if (sources.isEmpty()) {
            System.err.println("No .txt reviews in " + dir + ".");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        CoreNlpExtractor extractor = new CoreNlpExtractor();
        long load = (System.nanoTime() - t0) / 1_000_000;
        long tokens = 0;
        for (ReviewSource s : sources) {
            tokens += NlpPipeline.get().annotate(ReviewText.parse(s).text()).get(CoreAnnotations.TokensAnnotation.class).size();
        }
        long nlpStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (ReviewSource s : sources) NlpPipeline.get().annotate(ReviewText.parse(s).text());
        double nlpSec = (System.nanoTime() - nlpStart) / 1e9;
        long allStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (ReviewSource s : sources) extractor.extract(s);
        double allSec = (System.nanoTime() - allStart) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("reviews                 %d (%d tokens)%n", sources.size(), tokens);
        System.out.printf("pipeline load           %d ms (CoreNLP %d ms)%n", load, NlpPipeline.get().loadMillis());
        System.out.printf("CoreNLP only            %.0f tokens/s%n", tokens * rounds / nlpSec);
        System.out.printf("full extraction         %.0f tokens/s (%.0f ms per review)%n", tokens * rounds / allSec,
                allSec * 1000 / (rounds * sources.size()));
        System.out.printf("heap in use after GC    %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
